// PrintDemoFlow: the 3D-print demo as the visitor and staff live it, as a state machine without UI:
//   choose a job -> staff confirm "the bed is clear" -> heating -> printing -> done / cancelled / error.
// It turns engine snapshots into what the screen shows (translation keys, never text) and turns taps
// into engine requests, which the screen passes on to the MarlinEngine.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "demos/printer/job_gallery.h"
#include "devices/marlin/printer_snapshot.h"

namespace kiosk::demos {

enum class DemoStep { ChooseJob, ConfirmBedClear, Heating, Printing, Paused, Done, Cancelled, Error };

[[nodiscard]] std::string_view toString(DemoStep step);

enum class EngineRequest { None, StartJob, Pause, Resume, Cancel, ClearFault };

struct DemoView {
  DemoStep step = DemoStep::ChooseJob;
  std::string stepKey;         // "demos.printer.step.heating"
  std::string messageKey;      // an error or notice, e.g. "demos.printer.error.disconnected"; may be empty
  std::string staffActionKey;  // what staff should do now, e.g. "demos.printer.action.check_usb"; may be empty
  std::string detail;          // untranslated detail (firmware text, rejection reason) for staff and logs
  std::string jobId;
  double fraction = 0;         // 0..1
  int layer = 0;
  int layerCount = 0;
  std::optional<double> etaS;
  bool printerReady = false;
  bool canStart = false, canPause = false, canResume = false, canCancel = false;
};

class PrintDemoFlow {
 public:
  PrintDemoFlow();

  // A job was chosen and validated (validateGalleryJob): on to the bed check, or an error with the reason.
  void chooseJob(const GalleryJob& job, devices::Result<ValidatedJob> validated);
  // Staff confirmed the bed is clear. Only staff may start a print.
  [[nodiscard]] EngineRequest confirmBedClear(bool byStaff);
  [[nodiscard]] EngineRequest pause(bool byStaff);
  [[nodiscard]] EngineRequest resume(bool byStaff);
  [[nodiscard]] EngineRequest cancel(bool byStaff);
  // Back to the gallery: from the bed check, or after done / cancelled / error (staff only for errors,
  // and then the engine's fault is cleared).
  [[nodiscard]] EngineRequest finish(bool byStaff);

  void onSnapshot(const devices::marlin::PrinterSnapshot& snapshot);
  // The engine refused the StartJob (its RejectionSink): the printer was not ready after all.
  void onStartRejected(std::string reason);

  [[nodiscard]] const DemoView& view() const { return m_view; }
  // The job to hand to MarlinEngine::startJob when confirmBedClear() returned StartJob.
  [[nodiscard]] std::shared_ptr<const devices::marlin::PrintJob> jobToStart() const { return m_job; }

 private:
  void go(DemoStep step);
  void fail(std::string messageKey, std::string actionKey, std::string detail);
  void refreshPermissions();

  DemoView m_view;
  std::shared_ptr<const devices::marlin::PrintJob> m_job;
  bool m_started = false;          // a StartJob went out and the engine has not reported the end yet
  std::uint64_t m_lastSerial = 0;  // the engine's jobSerial before our StartJob: higher is ours
  devices::marlin::LinkState m_link = devices::marlin::LinkState::Disconnected;
};

// The message and the staff action for an engine fault.
struct FaultAdvice {
  std::string messageKey;
  std::string actionKey;
};
[[nodiscard]] FaultAdvice adviceFor(devices::marlin::FaultKind fault);

}  // namespace kiosk::demos
