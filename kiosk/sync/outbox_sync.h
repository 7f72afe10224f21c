// The fleet sync: pushes a kiosk's outbox (written in the same transaction as each lead,
// see kiosk/leads) to the central PostgreSQL. At-least-once and idempotent: a batch is sent
// in one server transaction of upserts keyed by the kiosks' UUIDs, and its outbox rows are
// marked sent only after the server committed. A crash between the two resends the batch,
// which changes nothing. Payloads are read from the local views at send time, so a lead
// erased before it was sent is never uploaded: only its tombstone is.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::sync {

struct SyncOptions {
  std::size_t batchRows = 1000;   // outbox rows per server transaction
  std::size_t maxBatches = 0;     // 0: until the outbox is empty
  std::string kioskId;            // recorded with erasure tombstones
  // Test hook: runs after the server committed a batch and before it is marked sent locally.
  std::function<void()> afterServerCommit;
};

struct SyncReport {
  std::size_t batches = 0;
  std::size_t rows = 0;        // outbox rows marked sent
  std::size_t leads = 0, visits = 0, consents = 0, erasures = 0;  // entities sent
  std::size_t skipped = 0;     // rows whose entity no longer exists locally (erased or purged)
  std::size_t pending = 0;     // unsent rows left
  std::chrono::duration<double> elapsed{};
};

struct SyncError {
  std::string message;  // no personal data: SQLSTATE and the server's primary message
  SyncReport partial;   // what was sent before the failure (already marked sent)
};

[[nodiscard]] tl::expected<SyncReport, SyncError> syncOutbox(const std::filesystem::path& leadDb,
                                                             const std::string& conninfo,
                                                             const SyncOptions& options = {});

// Unsent outbox rows, read locally (works while the server is down).
[[nodiscard]] tl::expected<std::size_t, std::string> pendingRows(const std::filesystem::path& leadDb);

}  // namespace kiosk::sync
