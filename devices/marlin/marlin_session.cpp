#include "devices/marlin/marlin_session.h"

#include <algorithm>
#include <cstdio>

#include "devices/marlin/gcode_text.h"

namespace kiosk::devices::marlin {
namespace {

double seconds(MarlinSession::Clock::duration d) { return std::chrono::duration<double>(d).count(); }

bool isLongCommand(const std::string& code) {
  return code == "G28" || code == "G29" || code == "M109" || code == "M190" || code == "M400" || code == "G4" ||
         code == "M303" || code == "M600";
}

bool isHeatingWait(const std::string& code) { return code == "M109" || code == "M190"; }

}  // namespace

MarlinSession::MarlinSession(PrinterOptions options)
    : m_options(std::move(options)), m_sender(m_options), m_watch(m_options) {}

// --- link events -----------------------------------------------------------------------------------------

void MarlinSession::opened(std::string port, TimePoint now) {
  m_snapshot.port = std::move(port);
  m_snapshot.firmware = {};
  m_connectedAt = now;
  m_phase = Phase::Handshake;
  m_hellos = 0;
  m_priority.clear();
  m_watch.reset();
  m_sender.restart(0);
  setLink(LinkState::Connecting);
  if (m_heatersOffOnConnect) {
    // Unnumbered, before anything else: Marlin accepts unnumbered lines at any time, so the heaters go
    // off even if the handshake never completes.
    writeUnnumbered("M104 S0", now);
    writeUnnumbered("M140 S0", now);
  }
  sendHello(now);
}

void MarlinSession::sendHello(TimePoint now) {
  m_sender.restart(0);
  ++m_hellos;
  m_lastHello = now;
  writeNumbered("M110 N0", std::nullopt, now);  // "N0 M110 N0*125": numbering restarts at 1
}

void MarlinSession::linkLost(std::string reason, TimePoint now) {
  if (m_phase == Phase::Closed) return;
  m_phase = Phase::Closed;
  m_out.clear();
  m_sender.restart(0);
  m_heatersOffOnConnect = true;
  if (jobActive()) {
    m_snapshot.fault = FaultKind::Disconnected;
    m_snapshot.faultDetail = std::move(reason);
    endJob(JobState::Failed, now);
  }
  if (m_snapshot.link != LinkState::Faulted) setLink(LinkState::Disconnected);
}

void MarlinSession::lineReceived(std::string_view line, TimePoint now) {
  if (m_phase == Phase::Closed) return;
  const FirmwareReply reply = parseFirmwareReply(line);
  if (reply.temperature) handleTemperature(*reply.temperature, now);
  if (reply.kind == FirmwareReply::Kind::FatalError && m_snapshot.fault == FaultKind::FirmwareHalted) {
    m_snapshot.faultDetail += " / " + reply.text;  // kill() prints its reason over several lines
    m_changed = true;
    return;
  }
  if (m_snapshot.link == LinkState::Faulted) return;  // after a fault we only watch temperatures

  if (reply.kind == FirmwareReply::Kind::Ok || reply.kind == FirmwareReply::Kind::Resend ||
      reply.kind == FirmwareReply::Kind::LineError) {
    m_lastReply = now;
  }
  switch (reply.kind) {
    case FirmwareReply::Kind::Ok: handleOk(reply, now); break;
    case FirmwareReply::Kind::Resend: handleResend(reply.resendLine, now); break;
    case FirmwareReply::Kind::Busy:
      m_lastBusy = now;
      if (!m_snapshot.busy) m_changed = true;
      m_snapshot.busy = true;
      break;
    case FirmwareReply::Kind::Wait:
      // NO_TIMEOUTS: the firmware's queue has been empty for a while. Lines written in the last second
      // may still be on the wire, so only older ones are written off.
      if (m_sender.inFlight() > 0 && now - m_lastWrite > std::chrono::seconds(1)) m_sender.clearInFlight();
      break;
    case FirmwareReply::Kind::Start:
      if (m_phase == Phase::Handshake) {
        sendHello(now);
      } else {
        if (jobActive()) {
          m_snapshot.fault = FaultKind::FirmwareReset;
          m_snapshot.faultDetail = "the printer restarted during the print (power, reset or watchdog)";
          endJob(JobState::Failed, now);
        }
        // Never honour the firmware's "Resend: 1" with job lines: start over with a fresh handshake.
        m_priority.clear();
        m_phase = Phase::Handshake;
        m_hellos = 0;
        setLink(LinkState::Connecting);
        sendHello(now);
      }
      break;
    case FirmwareReply::Kind::FatalError: fault(FaultKind::FirmwareHalted, reply.text, false, now); break;
    case FirmwareReply::Kind::LineError:  // the Resend that follows does the work
      m_sequenceError = reply.text.find("Line Number") != std::string::npos;
      break;
    case FirmwareReply::Kind::Error: ++m_snapshot.counters.firmwareErrors; break;
    case FirmwareReply::Kind::UnknownCommand: ++m_snapshot.counters.unknownCommands; break;
    case FirmwareReply::Kind::FirmwareName:
      applyFirmwareNameLine(m_snapshot.firmware, line);
      m_identified = true;
      break;
    case FirmwareReply::Kind::Capability:
      applyCapabilityLine(m_snapshot.firmware, line);
      m_identified = true;
      break;
    case FirmwareReply::Kind::Temperature:
    case FirmwareReply::Kind::Position:
    case FirmwareReply::Kind::Other: break;
  }
  pump(now);
}

void MarlinSession::handleOk(const FirmwareReply& reply, TimePoint now) {
  m_lastAck = now;
  m_consecutiveTimeouts = 0;
  if (m_snapshot.busy) {
    m_snapshot.busy = false;
    m_changed = true;
  }
  if (m_phase == Phase::Handshake) {
    // Any ok answers the hello (or the heaters-off lines before it): the printer is listening.
    m_phase = Phase::Identify;
    m_identified = false;
    m_identifySince = now;
    m_sender.clearInFlight();
    m_snapshot.firmware.advancedOk = reply.okLine && reply.bufferFree;
    m_priority.push_back("M115");
    return;
  }
  const auto acked = m_sender.onOk(reply);
  if (reply.okLine && reply.bufferFree) m_snapshot.firmware.advancedOk = true;
  // The ok after the M115 report ends identification. Which ok that is cannot be told from counting
  // (stray oks of the hello and heaters-off lines arrive too), so wait for the report itself.
  if (m_phase == Phase::Identify && m_identified) finishIdentify(now);
  if (acked && acked->jobIndex && m_job && jobActive()) {
    auto& p = m_snapshot.progress;
    p.linesAcked = std::max(p.linesAcked, *acked->jobIndex + 1);
    p.layer = std::max(p.layer, m_job->lines[*acked->jobIndex].layer);
    m_changed = true;
  }
}

void MarlinSession::handleResend(long line, TimePoint now) {
  ++m_snapshot.counters.resendRequests;
  m_changed = true;
  if (m_phase == Phase::Handshake) return;  // the hello is repeated on its own timer
  std::string why;
  const bool sequenceError = std::exchange(m_sequenceError, true);
  switch (m_sender.onResend(line, why, sequenceError)) {
    case LineSender::ResendVerdict::Rewound: break;
    case LineSender::ResendVerdict::IgnoredDuplicate:
    case LineSender::ResendVerdict::IgnoredNotSent: ++m_snapshot.counters.resendsIgnored; break;
    case LineSender::ResendVerdict::Fatal: fault(FaultKind::CommunicationStuck, why, true, now); break;
  }
}

void MarlinSession::handleTemperature(const TemperatureReading& reading, TimePoint now) {
  m_snapshot.temperature = reading;
  if (reading.waiting) m_lastBusy = now;  // an M109 wait line is a sign of life like "busy"
  // One M108 breaks only the wait in progress: an M109 queued behind a broken M190 starts a new
  // wait. While cancelling, every wait report gets another M108 (at most one a second).
  if (reading.waiting && m_snapshot.job == JobState::Cancelling && m_snapshot.firmware.has("EMERGENCY_PARSER") &&
      now - m_lastWaitBreak >= std::chrono::seconds(1)) {
    writeUnnumbered("M108", now);
    m_lastWaitBreak = now;
  }
  m_changed = true;
  if (now - m_lastSample >= std::chrono::milliseconds(900) || m_snapshot.temperatureHistory.empty()) {
    m_lastSample = now;
    TemperatureSample s;
    s.secondsSinceConnect = seconds(now - m_connectedAt);
    if (!reading.hotends.empty()) {
      s.hotend = reading.hotends.front().actual;
      s.hotendTarget = reading.hotends.front().target.value_or(0);
    }
    if (reading.bed) {
      s.bed = reading.bed->actual;
      s.bedTarget = reading.bed->target.value_or(0);
    }
    auto& history = m_snapshot.temperatureHistory;
    history.push_back(s);
    if (history.size() > m_options.temperatureHistory) history.erase(history.begin());
  }
  if (m_snapshot.link == LinkState::Faulted) return;
  if (auto f = m_watch.reading(reading, now)) fault(f->kind, f->detail, true, now);
}

void MarlinSession::finishIdentify(TimePoint now) {
  m_phase = Phase::Ready;
  const FirmwareInfo& fw = m_snapshot.firmware;
  if (fw.has("AUTOREPORT_TEMP")) {
    const auto s = std::max<long>(1, std::chrono::duration_cast<std::chrono::seconds>(m_options.temperatureInterval).count());
    m_priority.push_back("M155 S" + std::to_string(s));
  }
  if (m_heatersOffOnConnect) {
    // After a lost link the heaters may still be on (native USB boards do not reset): off, fan off, motors off.
    for (int t = 0; t < fw.extruderCount(); ++t) m_priority.push_back("M104 T" + std::to_string(t) + " S0");
    m_priority.push_back("M140 S0");
    m_priority.push_back("M107");
    m_priority.push_back("M84");
    m_heatersOffOnConnect = false;
  }
  m_lastPoll = now;
  setLink(LinkState::Ready);
}

// --- sending ---------------------------------------------------------------------------------------------

void MarlinSession::pump(TimePoint now) {
  if (m_phase != Phase::Identify && m_phase != Phase::Ready) return;
  if (m_snapshot.link == LinkState::Faulted) return;
  while (m_sender.canSend()) {
    if (m_sender.resendPending()) {
      writeNumberedResend(now);
    } else if (!m_priority.empty()) {
      std::string command = std::move(m_priority.front());
      m_priority.pop_front();
      if (refuseOverCeiling(command, now)) return;
      writeNumbered(std::move(command), std::nullopt, now);
    } else if (m_phase == Phase::Ready && m_job && m_snapshot.job == JobState::Running &&
               m_jobNext < m_job->lines.size()) {
      const std::size_t index = m_jobNext++;
      const std::string& command = m_job->lines[index].command;
      if (refuseOverCeiling(command, now)) return;
      const std::string code = commandCode(command);
      if (code == "G90" || code == "G91") m_jobRelative = code == "G91";
      writeNumbered(command, index, now);
    } else {
      break;
    }
  }
  updateJob(now);
}

void MarlinSession::writeNumbered(std::string command, std::optional<std::size_t> jobIndex, TimePoint now) {
  noteSent(command, now);
  m_out += m_sender.sendNew(std::move(command), jobIndex);
  m_out += '\n';
  ++m_snapshot.counters.linesSent;
  if (m_sender.inFlight() == 1) m_lastAck = now;  // the ok timeout runs from the first line in flight
  m_lastWrite = now;
}

void MarlinSession::writeNumberedResend(TimePoint now) {
  m_out += m_sender.sendResend();
  m_out += '\n';
  ++m_snapshot.counters.linesSent;
  ++m_snapshot.counters.linesResent;
  m_lastWrite = now;
}

void MarlinSession::writeUnnumbered(std::string command, TimePoint now) {
  noteSent(command, now);
  m_out += command + '\n';
  m_sender.noteUnnumbered(std::move(command));
  m_lastWrite = now;
}

bool MarlinSession::refuseOverCeiling(const std::string& command, TimePoint now) {
  const std::string code = commandCode(command);
  const bool bed = code == "M140" || code == "M190";
  if (!bed && code != "M104" && code != "M109") return false;
  const double target = std::max(commandParam(command, 'S').value_or(0), commandParam(command, 'R').value_or(0));
  const double limit = bed ? m_options.limits.maxBedC : m_options.limits.maxHotendC;
  if (target <= limit) return false;
  fault(FaultKind::TemperatureCeiling, "refused \"" + command + "\": above the limit of " +
                                           std::to_string(static_cast<int>(limit)) + " °C",
        true, now);
  return true;
}

void MarlinSession::noteSent(const std::string& command, TimePoint now) {
  const std::string code = commandCode(command);
  if (code == "M104" || code == "M109") {
    const auto tool = commandParam(command, 'T').value_or(0);
    if (tool == 0) {
      const auto t = commandParam(command, 'S') ? commandParam(command, 'S') : commandParam(command, 'R');
      m_watch.targetSent(ThermalWatch::Heater::Hotend, t.value_or(0), now);
    }
  } else if (code == "M140" || code == "M190") {
    const auto t = commandParam(command, 'S') ? commandParam(command, 'S') : commandParam(command, 'R');
    m_watch.targetSent(ThermalWatch::Heater::Bed, t.value_or(0), now);
  }
}

// --- requests --------------------------------------------------------------------------------------------

Result<void> MarlinSession::startJob(std::shared_ptr<const PrintJob> job, TimePoint now) {
  if (!job || job->lines.empty()) return fail(ErrorCode::InvalidData, "empty job");
  if (m_snapshot.link != LinkState::Ready || m_phase != Phase::Ready) {
    return fail(ErrorCode::Busy, "the printer is not ready (" + std::string(toString(m_snapshot.link)) + ")");
  }
  if (jobActive()) return fail(ErrorCode::Busy, "a job is already running");
  if (m_options.requireThermalProtection && m_snapshot.firmware.reportsOff("THERMAL_PROTECTION")) {
    return fail(ErrorCode::InvalidData, "the firmware reports no thermal protection: printing refused");
  }
  m_job = std::move(job);
  m_jobNext = 0;
  m_jobStart = now;
  m_heatingSince = {};
  m_jobRelative = false;
  m_snapshot.fault = FaultKind::None;
  m_snapshot.faultDetail.clear();
  m_snapshot.progress = JobProgress{};
  m_snapshot.progress.name = m_job->name;
  m_snapshot.progress.linesTotal = m_job->lines.size();
  m_snapshot.progress.layerCount = m_job->layerCount;
  m_snapshot.job = JobState::Running;
  ++m_snapshot.jobSerial;
  m_changed = true;
  pump(now);
  return {};
}

Result<void> MarlinSession::pause(TimePoint now) {
  if (m_snapshot.job != JobState::Running) return fail(ErrorCode::Busy, "no running job to pause");
  m_snapshot.job = JobState::Pausing;
  // Lift the nozzle off the part once the buffered moves are done; relative so no position is needed.
  m_priority.insert(m_priority.end(), {"M400", "G91", "G1 Z2 F600", m_jobRelative ? "G91" : "G90"});
  m_changed = true;
  pump(now);
  return {};
}

Result<void> MarlinSession::resume(TimePoint now) {
  if (m_snapshot.job != JobState::Paused && m_snapshot.job != JobState::Pausing) {
    return fail(ErrorCode::Busy, "the job is not paused");
  }
  m_priority.insert(m_priority.end(), {"G91", "G1 Z-2 F600", m_jobRelative ? "G91" : "G90"});
  m_snapshot.job = JobState::Running;
  ++m_snapshot.jobSerial;
  m_changed = true;
  pump(now);
  return {};
}

Result<void> MarlinSession::cancel(TimePoint now) {
  if (!jobActive() || m_snapshot.job == JobState::Cancelling) return fail(ErrorCode::Busy, "no job to cancel");
  m_snapshot.job = JobState::Cancelling;
  m_jobNext = m_job ? m_job->lines.size() : 0;  // nothing more from the file
  m_watch.reset();                              // heaters are going off: no rise to expect
  m_priority.clear();
  // M108 breaks an M109/M190 wait; with the emergency parser it acts on arrival, so it goes out now.
  if (m_snapshot.firmware.has("EMERGENCY_PARSER")) {
    writeUnnumbered("M108", now);
    m_lastWaitBreak = now;
  } else {
    m_priority.push_back("M108");
  }
  for (int t = 0; t < m_snapshot.firmware.extruderCount(); ++t) m_priority.push_back("M104 T" + std::to_string(t) + " S0");
  m_priority.insert(m_priority.end(), {"M140 S0", "M107", "G91", "G1 Z5 F600", "G90", "M84"});
  m_changed = true;
  pump(now);
  return {};
}

void MarlinSession::emergencyStop(TimePoint now) {
  fault(FaultKind::EmergencyStop, "emergency stop requested", true, now);
}

Result<void> MarlinSession::sendCommand(std::string command, TimePoint now) {
  auto clean = sanitizeGcodeLine(command);
  if (!clean) return fail(ErrorCode::InvalidData, "empty command");
  if (m_phase != Phase::Ready || m_snapshot.link != LinkState::Ready) return fail(ErrorCode::Busy, "the printer is not ready");
  if (jobActive()) return fail(ErrorCode::Busy, "not while a job runs");
  m_priority.push_back(std::move(*clean));
  pump(now);
  return {};
}

void MarlinSession::clearFault() {
  m_snapshot.fault = FaultKind::None;
  m_snapshot.faultDetail.clear();
  if (m_snapshot.link == LinkState::Faulted) setLink(LinkState::Disconnected);
  if (m_snapshot.job == JobState::Completed || m_snapshot.job == JobState::Cancelled || m_snapshot.job == JobState::Failed) {
    m_snapshot.job = JobState::None;
  }
  m_changed = true;
}

// --- faults and time -------------------------------------------------------------------------------------

void MarlinSession::fault(FaultKind kind, std::string detail, bool stopPrinter, TimePoint now) {
  m_snapshot.fault = kind;
  m_snapshot.faultDetail = std::move(detail);
  m_priority.clear();
  if (stopPrinter && m_phase != Phase::Closed) {
    // Out of band and unnumbered: M112 reaches the emergency parser even with a full queue.
    m_out += "M112\nM104 S0\nM140 S0\n";
    m_lastWrite = now;
  }
  if (jobActive()) endJob(JobState::Failed, now);
  setLink(LinkState::Faulted);
  m_closeRequested = true;
  m_heatersOffOnConnect = true;
}

void MarlinSession::endJob(JobState state, TimePoint now) {
  m_snapshot.job = state;
  m_snapshot.heating = false;
  m_snapshot.progress.elapsedS = seconds(now - m_jobStart);
  if (state == JobState::Completed) m_snapshot.progress.etaS = 0.0;
  m_changed = true;
}

bool MarlinSession::jobActive() const {
  const JobState j = m_snapshot.job;
  return j == JobState::Running || j == JobState::Pausing || j == JobState::Paused || j == JobState::Cancelling;
}

bool MarlinSession::longCommandInFlight() const {
  const SentLine* oldest = m_sender.oldestInFlight();
  return oldest && isLongCommand(commandCode(oldest->command));
}

void MarlinSession::updateJob(TimePoint now) {
  if (!jobActive() || !m_job) return;
  const SentLine* oldest = m_sender.oldestInFlight();
  const bool heating = oldest && isHeatingWait(commandCode(oldest->command));
  if (heating != m_snapshot.heating) {
    if (heating) m_heatingSince = now;
    else m_snapshot.progress.heatingS += seconds(now - m_heatingSince);
    m_snapshot.heating = heating;
    m_changed = true;
  }
  auto& p = m_snapshot.progress;
  p.elapsedS = seconds(now - m_jobStart);
  const double printing = p.elapsedS - p.heatingS - (heating ? seconds(now - m_heatingSince) : 0.0);
  if (p.linesAcked > 0 && printing > 1.0 && !heating) {
    const double rate = static_cast<double>(p.linesAcked) / printing;
    p.etaS = static_cast<double>(p.linesTotal - p.linesAcked) / rate;
  }
  const bool drained = m_sender.idle() && m_priority.empty();
  if (!drained) return;
  if (m_snapshot.job == JobState::Running && m_jobNext >= m_job->lines.size()) {
    p.linesAcked = p.linesTotal;
    endJob(JobState::Completed, now);
  } else if (m_snapshot.job == JobState::Pausing) {
    m_snapshot.job = JobState::Paused;
    m_changed = true;
  } else if (m_snapshot.job == JobState::Cancelling) {
    endJob(JobState::Cancelled, now);
  }
}

void MarlinSession::checkTimeouts(TimePoint now) {
  if (m_sender.inFlight() == 0) return;
  const auto quietSince = std::max(m_lastAck, m_lastBusy);
  const bool busyRecently = now - m_lastBusy < m_options.okTimeout;
  const auto limit = longCommandInFlight() && !busyRecently ? m_options.longCommandTimeout : m_options.okTimeout;
  if (now - quietSince < limit) return;
  ++m_snapshot.counters.timeouts;
  ++m_consecutiveTimeouts;
  m_changed = true;
  if (m_consecutiveTimeouts > m_options.maxConsecutiveTimeouts) {
    fault(FaultKind::Unresponsive, "no answer from the printer after " + std::to_string(m_consecutiveTimeouts) + " timeouts",
          true, now);
    return;
  }
  // A lost ok: forget what was in flight and provoke an answer. If a line was lost instead, the
  // firmware asks for it when the next numbered line arrives.
  m_sender.clearInFlight();
  m_lastAck = now;
  if (m_priority.empty()) m_priority.push_back("M105");
}

void MarlinSession::tick(TimePoint now) {
  if (m_phase == Phase::Closed) return;
  if (m_snapshot.link == LinkState::Faulted) return;
  if (m_phase == Phase::Handshake) {
    if (now - m_lastHello >= m_options.helloInterval) {
      if (m_hellos >= m_options.helloAttempts) {
        m_snapshot.fault = FaultKind::NotAnswering;
        m_snapshot.faultDetail = "no answer to " + std::to_string(m_hellos) + " handshakes";
        m_phase = Phase::Closed;
        m_closeRequested = true;
        setLink(LinkState::Disconnected);
        return;
      }
      sendHello(now);
    }
    return;
  }
  if (m_phase == Phase::Identify && now - m_identifySince > m_options.helloInterval * 2) {
    finishIdentify(now);  // firmware that does not answer M115: go on without capabilities
  }
  if (m_snapshot.busy && now - m_lastBusy > m_options.okTimeout) {
    m_snapshot.busy = false;
    m_changed = true;
  }
  if (const auto episode = m_sender.openEpisode();
      episode && now - m_lastReply > m_options.resendStallTimeout && now - m_lastWrite > m_options.resendStallTimeout) {
    m_sender.rewindAgain(*episode);
    m_lastReply = now;
  }
  checkTimeouts(now);
  if (m_snapshot.link == LinkState::Faulted) return;
  if (auto f = m_watch.tick(now)) {
    fault(f->kind, f->detail, true, now);
    return;
  }
  // Without autoreport, poll; never two polls queued.
  if (m_phase == Phase::Ready && !m_snapshot.firmware.has("AUTOREPORT_TEMP") && now - m_lastPoll >= m_options.temperatureInterval) {
    m_lastPoll = now;
    if (std::find(m_priority.begin(), m_priority.end(), "M105") == m_priority.end()) m_priority.push_back("M105");
  }
  pump(now);
}

std::string MarlinSession::takeOutgoing() {
  std::string out;
  out.swap(m_out);
  return out;
}

bool MarlinSession::takeCloseRequest() { return std::exchange(m_closeRequested, false); }

bool MarlinSession::takeChanged() { return std::exchange(m_changed, false); }

void MarlinSession::setLink(LinkState link) {
  if (m_snapshot.link == link) return;
  m_snapshot.link = link;
  m_changed = true;
}

}  // namespace kiosk::devices::marlin
