// OperationsDesk: what the staff dashboard shows and does, filled by the app from its workers
// (usage counts, fleet sync, disk space) and read on the UI thread only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "kiosk/core/usage.h"

namespace kiosk::core {

struct SyncStatus {
  bool configured = false;
  std::time_t lastSuccess = 0;   // wall clock of the last sync that emptied the outbox; 0 = never
  std::string lastError;         // no personal data: SQLSTATE + the server's message
  std::time_t lastErrorAt = 0;
  std::optional<std::size_t> pending;  // outbox rows not yet sent, when known
  int failuresInARow = 0;
  std::time_t nextAttempt = 0;
};

struct LastError {
  std::string text;
  std::time_t at = 0;
};

struct OperationsDesk {
  // Anonymous usage counts (kiosk/app/usage_service): `record` queues one (never blocks).
  std::function<void(UsageKind kind, std::string subject)> record;
  UsageSummary usage;
  bool usageOpen = false;
  std::string usageProblem;  // why the store is not open or the last write failed

  std::optional<std::uint64_t> dataFreeBytes;  // free space where the data folder is
  SyncStatus sync;
  std::map<std::string, LastError> lastErrors;  // by worker name: the last Degraded/Failed detail

  // Change PIN: the hash is made and stored off the UI thread; the outcome comes back here.
  enum class PinChange { Idle, Saving, Saved, Failed };
  std::function<void(std::string pin)> changePin;
  PinChange pinChange = PinChange::Idle;
  std::string pinChangeError;

  bool restartRequested = false;
  bool sample = false;  // showing sample data (screenshots), not this kiosk's
};

}  // namespace kiosk::core
