// FakeReaderWorker: a reader without hardware. Plays a scan script on a worker thread and delivers the
// scans exactly like UsbReaderWorker (same ScanSink, same status mechanism), so the kiosk, the demos and
// the end-to-end tests cannot tell the difference. With `loop`, it starts over after the last step
// (an unattended demo); otherwise it reports "finished" and idles until stopped.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "devices/core/worker.h"
#include "devices/reader/scan_event.h"
#include "devices/reader/scan_script.h"

namespace kiosk::devices::reader {

class FakeReaderWorker final : public Worker {
 public:
  using ScanSink = std::function<void(ScanEvent)>;

  // `source` names it in ScanEvent::source, e.g. "fake:badges.txt".
  FakeReaderWorker(std::string source, std::vector<ScriptStep> steps, ScanSink scans, StatusSink status = {},
                   bool loop = false);
  ~FakeReaderWorker() override;

 private:
  void run(std::stop_token stop) override;

  const std::string m_source;
  const std::vector<ScriptStep> m_steps;
  ScanSink m_scans;
  const bool m_loop;
};

}  // namespace kiosk::devices::reader
