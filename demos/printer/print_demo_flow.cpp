#include "demos/printer/print_demo_flow.h"

namespace kiosk::demos {

using devices::marlin::FaultKind;
using devices::marlin::JobState;
using devices::marlin::LinkState;

std::string_view toString(DemoStep step) {
  switch (step) {
    case DemoStep::ChooseJob: return "choose_job";
    case DemoStep::ConfirmBedClear: return "confirm_bed_clear";
    case DemoStep::Heating: return "heating";
    case DemoStep::Printing: return "printing";
    case DemoStep::Paused: return "paused";
    case DemoStep::Done: return "done";
    case DemoStep::Cancelled: return "cancelled";
    case DemoStep::Error: return "error";
  }
  return "unknown";
}

FaultAdvice adviceFor(FaultKind fault) {
  const std::string m = "demos.printer.error.";
  const std::string a = "demos.printer.action.";
  switch (fault) {
    case FaultKind::None: return {};
    case FaultKind::Disconnected: return {m + "disconnected", a + "check_usb"};
    case FaultKind::NotAnswering: return {m + "not_answering", a + "power_cycle"};
    case FaultKind::FirmwareReset: return {m + "printer_restarted", a + "clear_bed_check_power"};
    case FaultKind::FirmwareHalted: return {m + "firmware_halted", a + "power_cycle_check_heaters"};
    case FaultKind::HeaterNotHeating: return {m + "heater_not_heating", a + "check_heater"};
    case FaultKind::TemperatureCeiling: return {m + "too_hot", a + "switch_off_check_heater"};
    case FaultKind::CommunicationStuck:
    case FaultKind::Unresponsive: return {m + "communication", a + "check_usb_power_cycle"};
    case FaultKind::EmergencyStop: return {m + "emergency_stop", a + "power_cycle"};
    case FaultKind::Refused: return {m + "refused", a + "check_firmware"};
  }
  return {m + "unknown", a + "call_support"};
}

PrintDemoFlow::PrintDemoFlow() { go(DemoStep::ChooseJob); }

void PrintDemoFlow::go(DemoStep step) {
  m_view.step = step;
  m_view.stepKey = "demos.printer.step." + std::string(toString(step));
  if (step != DemoStep::Error) {
    m_view.messageKey.clear();
    m_view.detail.clear();
  }
  switch (step) {
    case DemoStep::ConfirmBedClear: m_view.staffActionKey = "demos.printer.action.confirm_bed_clear"; break;
    case DemoStep::Done: m_view.staffActionKey = "demos.printer.action.remove_print"; break;
    case DemoStep::Cancelled: m_view.staffActionKey = "demos.printer.action.clear_bed"; break;
    case DemoStep::Error: break;  // set by fail()
    default: m_view.staffActionKey.clear(); break;
  }
  refreshPermissions();
}

void PrintDemoFlow::fail(std::string messageKey, std::string actionKey, std::string detail) {
  m_view.messageKey = std::move(messageKey);
  m_view.staffActionKey = std::move(actionKey);
  m_view.detail = std::move(detail);
  go(DemoStep::Error);
}

void PrintDemoFlow::refreshPermissions() {
  const DemoStep s = m_view.step;
  m_view.printerReady = m_link == LinkState::Ready;
  m_view.canStart = s == DemoStep::ConfirmBedClear && m_view.printerReady && m_job && !m_started;
  m_view.canPause = s == DemoStep::Printing;
  m_view.canResume = s == DemoStep::Paused;
  m_view.canCancel = s == DemoStep::Heating || s == DemoStep::Printing || s == DemoStep::Paused;
}

void PrintDemoFlow::chooseJob(const GalleryJob& job, devices::Result<ValidatedJob> validated) {
  if (m_view.step != DemoStep::ChooseJob) return;
  m_view.jobId = job.id;
  if (!validated) {
    m_job.reset();
    fail("demos.printer.error.job_rejected", "demos.printer.action.choose_another_job", validated.error().message);
    return;
  }
  m_job = validated->job;
  m_view.layerCount = validated->summary.layers;
  go(DemoStep::ConfirmBedClear);
}

EngineRequest PrintDemoFlow::confirmBedClear(bool byStaff) {
  if (!byStaff || !m_view.canStart) {
    if (m_view.step == DemoStep::ConfirmBedClear && !m_view.printerReady) {
      m_view.messageKey = "demos.printer.notice.printer_not_ready";
    }
    return EngineRequest::None;
  }
  m_started = true;
  m_view.fraction = 0;
  m_view.layer = 0;
  m_view.etaS.reset();
  go(DemoStep::Heating);
  return EngineRequest::StartJob;
}

EngineRequest PrintDemoFlow::pause(bool byStaff) { return byStaff && m_view.canPause ? EngineRequest::Pause : EngineRequest::None; }

EngineRequest PrintDemoFlow::resume(bool byStaff) {
  return byStaff && m_view.canResume ? EngineRequest::Resume : EngineRequest::None;
}

EngineRequest PrintDemoFlow::cancel(bool byStaff) {
  return byStaff && m_view.canCancel ? EngineRequest::Cancel : EngineRequest::None;
}

EngineRequest PrintDemoFlow::finish(bool byStaff) {
  const DemoStep s = m_view.step;
  if (s == DemoStep::ConfirmBedClear || s == DemoStep::Done || s == DemoStep::Cancelled) {
    m_job.reset();
    go(DemoStep::ChooseJob);
    return EngineRequest::None;
  }
  if (s == DemoStep::Error && byStaff) {
    m_job.reset();
    m_started = false;
    go(DemoStep::ChooseJob);
    return EngineRequest::ClearFault;
  }
  return EngineRequest::None;
}

void PrintDemoFlow::onSnapshot(const devices::marlin::PrinterSnapshot& s) {
  m_link = s.link;
  if (!m_started) m_lastSerial = s.jobSerial;
  if (m_started && s.jobSerial > m_lastSerial) {
    m_view.fraction = s.progress.fraction();
    m_view.layer = s.progress.layer;
    if (s.progress.layerCount > 0) m_view.layerCount = s.progress.layerCount;
    m_view.etaS = s.progress.etaS;
    switch (s.job) {
      case JobState::Running: go(s.heating ? DemoStep::Heating : DemoStep::Printing); break;
      case JobState::Pausing:
      case JobState::Paused: go(DemoStep::Paused); break;
      case JobState::Cancelling: break;
      case JobState::Completed:
        m_started = false;
        m_view.fraction = 1.0;
        go(DemoStep::Done);
        break;
      case JobState::Cancelled:
        m_started = false;
        go(DemoStep::Cancelled);
        break;
      case JobState::Failed:
        m_started = false;
        {
          const FaultAdvice advice = adviceFor(s.fault);
          fail(advice.messageKey, advice.actionKey, s.faultDetail);
        }
        break;
      case JobState::None: break;
    }
  }
  // A fault while no job runs (e.g. the printer halted while idle) still needs staff.
  if (!m_started && s.link == LinkState::Faulted && m_view.step != DemoStep::Error) {
    const FaultAdvice advice = adviceFor(s.fault);
    fail(advice.messageKey, advice.actionKey, s.faultDetail);
  }
  if (!m_started) m_lastSerial = s.jobSerial;  // what ended here is not the next job's
  refreshPermissions();
}

void PrintDemoFlow::onStartRejected(std::string reason) {
  if (!m_started) return;
  m_started = false;
  fail("demos.printer.error.start_refused", "demos.printer.action.check_printer", std::move(reason));
}

}  // namespace kiosk::demos
