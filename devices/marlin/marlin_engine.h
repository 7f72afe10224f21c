// MarlinEngine: a MarlinSession on its own worker thread, owning the serial port. The UI (or gcode-stream)
// calls the request methods from any thread and reads PrinterSnapshot values from the sink, usually
// posted into its Mailbox; it never waits on the printer.
//
//   MarlinEngine engine(options, [&](PrinterSnapshot s) { mailbox.post(std::move(s)); });
//   engine.start();
//   engine.connect("/dev/serial/by-id/usb-...", 115200);
//   engine.startJob(std::make_shared<PrintJob>(std::move(job)));   // after validateJob()
//   engine.pause(); engine.resume(); engine.cancel(); engine.emergencyStop();
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <variant>

#include "devices/core/worker.h"
#include "devices/marlin/print_job.h"
#include "devices/marlin/printer_options.h"
#include "devices/marlin/printer_snapshot.h"

namespace kiosk::devices::marlin {

class MarlinEngine final : public Worker {
 public:
  using SnapshotSink = std::function<void(PrinterSnapshot)>;
  // A refused request (wrong state, empty job): the reason, for the staff log.
  using RejectionSink = std::function<void(std::string)>;

  // Sees every line received ('<') and every chunk written ('>'), on the worker thread: a protocol log.
  using WireTap = std::function<void(char direction, std::string_view text)>;

  MarlinEngine(PrinterOptions options, SnapshotSink snapshots, StatusSink status = {}, RejectionSink rejections = {});
  ~MarlinEngine() override;

  // Before start() only.
  void setWireTap(WireTap tap) { m_tap = std::move(tap); }

  // Opens the port and keeps reopening it after a disconnect (until disconnect() or a fault).
  void connect(std::string port, long baud);
  void disconnect();
  void startJob(std::shared_ptr<const PrintJob> job);
  void pause();
  void resume();
  void cancel();
  void emergencyStop();
  void clearFault();
  void sendCommand(std::string gcode);

 private:
  struct Connect {
    std::string port;
    long baud;
  };
  struct Disconnect {};
  struct StartJob {
    std::shared_ptr<const PrintJob> job;
  };
  enum class Simple { Pause, Resume, Cancel, EmergencyStop, ClearFault };
  struct Command {
    std::string gcode;
  };
  using Request = std::variant<Connect, Disconnect, StartJob, Simple, Command>;

  void post(Request request);
  void run(std::stop_token stop) override;

  PrinterOptions m_options;
  SnapshotSink m_snapshots;
  RejectionSink m_rejections;
  WireTap m_tap;
  std::mutex m_mutex;
  std::deque<Request> m_requests;
  int m_wakeFd = -1;  // eventfd: a request wakes the worker out of poll()
};

}  // namespace kiosk::devices::marlin
