// LeadService: the lead store on its own thread, so the UI never waits for an fsync.
// The UI hands it submissions; it answers with a receipt per submission and the store's
// status, through the callbacks (the app posts them to its mailbox). It also retries leads
// kept in memory (disk full, read-only, store not open) and runs the daily maintenance:
// retention purge and an online backup. Staff searches, erasures and the event name go
// through it too, so the staff panel never touches the disk from the UI thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>

#include "devices/core/worker.h"
#include "kiosk/core/kiosk_state.h"
#include "kiosk/leads/lead_store.h"

namespace kiosk::app {

struct LeadReceipt {
  std::uint64_t session = 0;
  bool stored = false;   // committed to disk
  bool refused = false;  // invalid: not kept
};

struct LeadStoreReport {
  bool open = false;
  leads::StoreStatus status;
  std::size_t waitingToOpen = 0;  // submissions held while the store cannot open
};

class LeadService final : public devices::Worker {
 public:
  struct Callbacks {
    std::function<void(LeadReceipt)> receipt;
    std::function<void(LeadStoreReport)> report;
    std::function<void(core::LeadQueryResult)> queryResult;
  };
  struct Timing {
    std::chrono::milliseconds retry{10'000};       // pending leads and a store that would not open
    std::chrono::milliseconds maintenance{24 * 3'600'000};
  };

  LeadService(leads::LeadStoreOptions options, Callbacks callbacks, devices::StatusSink sink, Timing timing);
  LeadService(leads::LeadStoreOptions options, Callbacks callbacks, devices::StatusSink sink)
      : LeadService(std::move(options), std::move(callbacks), std::move(sink), Timing{}) {}
  ~LeadService() override;

  // Thread-safe and immediate: the lead is queued in memory; the receipt follows.
  void submit(leads::Lead lead, std::uint64_t session);
  // Staff requests, answered through Callbacks::queryResult. An erase answers with the
  // follow-up query's result and the number of leads removed.
  void query(core::LeadQuery query);
  void erase(std::string email, core::LeadQuery then);
  // Written to `file` (atomically) so the event survives a restart; read back by readEventName.
  void setEventName(std::string name, std::filesystem::path file);

 private:
  struct Job {
    leads::Lead lead;
    std::uint64_t session;
  };

  struct StaffRequest {
    core::LeadQuery query;
    std::optional<std::string> eraseEmail;
    std::optional<std::pair<std::string, std::filesystem::path>> eventName;
  };

  void run(std::stop_token stop) override;
  void handle(StaffRequest request);
  void post(StaffRequest request);
  bool ensureOpen();
  void handle(Job job);
  void maintain();
  void report();

  leads::LeadStoreOptions m_options;
  Callbacks m_callbacks;
  Timing m_timing;
  std::unique_ptr<leads::LeadStore> m_store;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::deque<Job> m_jobs;     // submitted, not yet handed to the store
  std::deque<Job> m_waiting;  // the store would not open: kept until it does
  std::deque<StaffRequest> m_staff;
};

// The event name staff set last (see setEventName), or nullopt if there is none.
[[nodiscard]] std::optional<std::string> readEventName(const std::filesystem::path& file);

}  // namespace kiosk::app
