// PrinterService: the 3D-printer demo's worker. It owns the MarlinEngine (which has its own I/O
// thread), the PrintDemoFlow and, without a fixed port, the USB discovery; all of them are driven
// from this one thread, so the flow needs no locks and job files are read and validated here, never
// on the UI thread. The UI sends PrinterCommands and receives PrinterUpdates through the sink (the
// app posts them to its mailbox); updates are paced so a printing job costs a few frames a second.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include "demos/printer/job_gallery.h"
#include "devices/core/worker.h"
#include "devices/marlin/marlin_engine.h"
#include "devices/marlin/printer_options.h"
#include "devices/usb/printer_discovery.h"
#include "kiosk/core/config.h"
#include "kiosk/core/printer_desk.h"

namespace kiosk::app {

struct PrinterServiceOptions {
  std::string port;                            // fixed port; empty: discovery by USB id
  std::vector<devices::KnownPrinter> usb;      // for discovery
  long baud = 115200;
  devices::marlin::PrinterOptions printer;
  demos::JobGallery gallery;
  // Progress and temperatures reach the UI at most this often (each costs a frame); step and link
  // changes go at once. 2 Hz keeps the ETA ticking every second without redrawing on every ok.
  std::chrono::milliseconds updateInterval{500};
};

// The [printer] config as engine options (limits, ceiling, forbidden words).
[[nodiscard]] PrinterServiceOptions printerServiceOptions(const core::PrinterConfig& config,
                                                          demos::JobGallery gallery);

// Start-up, UI thread: the job gallery for the cards (also in screenshots, where no worker runs).
void loadPrinterDesk(core::PrinterDesk& desk, const core::Config& config);

class PrinterService final : public devices::Worker {
 public:
  using UpdateSink = std::function<void(core::PrinterUpdate)>;

  PrinterService(PrinterServiceOptions options, UpdateSink updates, devices::StatusSink status);
  ~PrinterService() override;

  // Thread-safe and immediate; the result arrives as an update.
  void send(core::PrinterCommand command);

 private:
  struct Rejected {
    std::string reason;
  };
  using Input = std::variant<core::PrinterCommand, devices::marlin::PrinterSnapshot, Rejected,
                             devices::PrinterPresence>;

  void push(Input input);
  void run(std::stop_token stop) override;
  // Returns true when the demo's step or the link changed: such updates go out at once.
  bool handle(Input& input);
  bool handle(const core::PrinterCommand& command);
  void forward(demos::EngineRequest request);

  PrinterServiceOptions m_options;
  UpdateSink m_updates;
  devices::StatusSink m_status;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::deque<Input> m_inputs;

  // Touched only on the service thread.
  demos::PrintDemoFlow m_flow;
  std::unique_ptr<devices::marlin::MarlinEngine> m_engine;
  std::unique_ptr<devices::PrinterDiscovery> m_discovery;
  std::string m_connectedTty;
  // The engine's rejections do not say which request they refuse: one that arrives after a StartJob
  // and before the engine reported the new job is the start's; later ones (a second cancel) are not.
  bool m_awaitingStart = false;
  std::uint64_t m_serialAtStart = 0;
  core::PrinterUpdate m_current;
};

}  // namespace kiosk::app
