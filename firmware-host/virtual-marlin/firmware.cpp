#include "firmware-host/virtual-marlin/firmware.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "firmware-host/virtual-marlin/wire_line.h"

namespace pid::firmware {
namespace {

// Hotend: ~30 s from ambient to 200 °C; bed: ~25 s to 60 °C (simulated seconds).
constexpr HeaterSpec kHotendSpec{8.0, 0.02};
constexpr HeaterSpec kBedSpec{1.5, 0.01};
constexpr double kTempWindowC = 1.0;  // M109/M190 done within this of the target

std::string format(const char* fmt, double a) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, fmt, a);
  return buffer;
}

std::optional<long> peekLineNumber(std::string_view line) {
  if (line.empty() || line.front() != 'N') return std::nullopt;
  const std::string copy(line.substr(1, 12));
  char* end = nullptr;
  const long n = std::strtol(copy.c_str(), &end, 10);
  if (end == copy.c_str()) return std::nullopt;
  return n;
}

}  // namespace

Firmware::Firmware(FirmwareConfig config, FaultPlan faults, Trace trace)
    : m_config(config),
      m_faults(faults),
      m_trace(std::move(trace)),
      m_planner(config.plannerBlocks),
      m_bed(kBedSpec),
      m_keepaliveS(config.keepaliveS),
      m_feedMmPerMin(config.defaultFeedMmPerMin) {
  for (int i = 0; i < std::max(1, config.extruders); ++i) m_hotends.emplace_back(kHotendSpec);
  m_hotends.front().setDead(faults.deadHeater);
}

void Firmware::reset(double now, bool announce) {
  if (announce) ++m_stats.resets;
  m_rx.clear();
  m_uart.clear();
  m_skipToNewline = false;
  m_eparserLine.clear();
  m_queue.clear();
  m_active = {};
  m_planner.clear();
  for (auto& h : m_hotends) h.setTarget(0);
  m_bed.setTarget(0);
  m_lastN = 0;
  m_halted = false;
  m_autoreportS = 0;
  m_keepaliveS = m_config.keepaliveS;
  m_absolute = m_absoluteE = true;
  std::fill(std::begin(m_pos), std::end(m_pos), 0.0);
  m_bootUntil.reset();
  if (announce) m_bootUntil = now + m_config.bootS;
  if (m_trace) m_trace("# reset");
}

void Firmware::linkRestored() {
  m_disconnect = false;
  m_rx.clear();
  m_uart.clear();
  m_skipToNewline = false;
  m_eparserLine.clear();
  if (m_trace) m_trace("# link restored");
}

void Firmware::receive(std::string_view bytes, double /*now*/) {
  m_stats.bytesReceived += static_cast<long>(bytes.size());
  if (m_halted || m_bootUntil) return;  // a killed or booting MCU reads nothing
  for (const char c : bytes) {
    if (m_config.emergencyParser) emergencyParse(c);
    if (m_halted) return;
    m_uart.push_back(c);
  }
}

void Firmware::fillRxBuffer() {
  std::size_t taken = 0;
  while (taken < m_uart.size() && m_rx.size() < m_config.rxBufferBytes) {
    const char c = m_uart[taken++];
    if (m_skipToNewline) {
      if (c == '\n' || c == '\r') m_skipToNewline = false;
      continue;
    }
    m_rx.push_back(c);
  }
  m_uart.erase(0, taken);
}

// Marlin's e_parser: watches raw bytes, so M112 and M108 work even while the queue is full.
void Firmware::emergencyParse(char c) {
  if (c != '\n' && c != '\r') {
    if (m_eparserLine.size() < 96) m_eparserLine.push_back(c);
    return;
  }
  std::string_view line = m_eparserLine;
  line = line.substr(0, line.find(';'));
  if (!line.empty() && line.front() == 'N') {
    const auto space = line.find(' ');
    line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
  }
  line = line.substr(0, line.find('*'));
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line == "M112") {
    if (m_trace) m_trace("# M112 (emergency parser)");
    kill("M112 Shutdown");
  } else if (line == "M108") {
    m_breakWait = true;
  }
  m_eparserLine.clear();
}

void Firmware::advance(double now) {
  const double dt = std::max(0.0, now - m_lastAdvance);
  m_lastAdvance = now;
  for (auto& h : m_hotends) h.advance(dt);
  m_bed.advance(dt);
  m_planner.advance(now);
  if (m_halted) return;
  if (m_bootUntil) {
    if (now < *m_bootUntil) return;
    m_bootUntil.reset();
    emit("start");
    emit("echo:Marlin 2.1.2.1");
    emit("echo: Last Updated: 2023-07-20 | Author: (virtual-marlin)");
    emit("echo:Compiled: Jul 20 2023");
    emit("echo: Free Memory: 4029  PlannerBufferBytes: 1344");
    emit("echo:SD card ok");
  }
  if (m_autoreportS > 0 && now >= m_nextAutoreport) {
    emit(" " + temperatureReport());
    m_nextAutoreport = now + m_autoreportS;
  }
  readCommands(now);
  processQueue(now);
}

std::string Firmware::takeOutput() {
  std::string out;
  out.swap(m_out);
  m_stats.bytesSent += static_cast<long>(out.size());
  return out;
}

void Firmware::emit(std::string_view line) {
  m_out.append(line);
  m_out.push_back('\n');
}

// get_serial_commands(): lines move from the RX buffer into the queue only while the queue has room.
void Firmware::readCommands(double now) {
  fillRxBuffer();
  while (!m_halted && !m_disconnect && !m_bootUntil && m_queue.size() < m_config.bufsize) {
    const auto eol = m_rx.find_first_of("\r\n");
    if (eol == std::string::npos) return;
    std::string line = m_rx.substr(0, eol);
    m_rx.erase(0, eol + 1);
    acceptLine(std::move(line), now);
    fillRxBuffer();
  }
}

void Firmware::acceptLine(std::string line, double now) {
  const std::string_view trimmed = std::string_view(line).substr(0, line.find(';'));
  if (trimmed.find_first_not_of(" \t") == std::string_view::npos) return;  // empty: no reply, like Marlin
  ++m_stats.linesReceived;

  // Faults on the expected next line only, once per number, so a resend goes through.
  const auto n = peekLineNumber(line);
  const auto star = line.rfind('*');
  if (n && *n == m_lastN + 1 && star != std::string::npos && star > 0) {
    const bool loop = m_faults.resendLoopAt && *n == *m_faults.resendLoopAt;
    if (loop || (m_faults.corrupts(*n) && m_corrupted.insert(*n).second)) {
      // Flip one bit of a byte after the line number: a checksum mismatch is certain.
      const std::size_t first = std::min(line.find(' '), star - 1);
      const std::size_t pos = first + 1 + static_cast<std::size_t>(*n) % std::max<std::size_t>(1, star - first - 1);
      line[std::min(pos, star - 1)] ^= 0x04;
      ++m_stats.corruptionsInjected;
      if (m_trace) m_trace("# corrupted N" + std::to_string(*n));
    }
  }

  const WireVerdict verdict = checkWireLine(line, m_lastN);
  switch (verdict.kind) {
    case WireVerdict::Kind::Empty: return;
    case WireVerdict::Kind::LineNumberError:
      return lineError("Line Number is not Last Line Number+1, Last Line: " + std::to_string(m_lastN));
    case WireVerdict::Kind::ChecksumError:
      return lineError("checksum mismatch, Last Line: " + std::to_string(m_lastN));
    case WireVerdict::Kind::NoChecksum:
      return lineError("No Checksum with line number, Last Line: " + std::to_string(m_lastN));
    case WireVerdict::Kind::Command: break;
  }
  if (verdict.number) m_lastN = *verdict.number;

  if (verdict.number) {
    const long ln = *verdict.number;
    auto fires = [&](const std::optional<long>& at) { return at && *at == ln && m_faultFired.insert(*at).second; };
    if (fires(m_faults.resetAt)) {
      if (m_trace) m_trace("# fault reset at N" + std::to_string(ln));
      reset(now);
      return;
    }
    if (fires(m_faults.runawayAt)) {
      if (m_trace) m_trace("# fault thermal runaway at N" + std::to_string(ln));
      emit("Error:Thermal Runaway, system stopped! Heater_ID: 0");
      kill("Thermal Runaway");
      return;
    }
    if (fires(m_faults.disconnectAt)) {
      if (m_trace) m_trace("# fault disconnect at N" + std::to_string(ln));
      m_disconnect = true;
      return;
    }
  }
  Queued q{verdict.number, parseGcode(verdict.command), false};
  if (verdict.number && m_faults.dropsOk(*verdict.number)) q.dropOk = true;
  m_queue.push_back(std::move(q));
  m_stats.maxQueueDepth = std::max(m_stats.maxQueueDepth, m_queue.size());
}

// gcode_line_error(): report, drain the RX buffer, ask for the next expected line.
void Firmware::lineError(std::string_view message) {
  emit("Error:" + std::string(message));
  if (!m_rx.empty() && m_rx.back() != '\n') m_skipToNewline = true;
  m_rx.clear();
  emit("Resend: " + std::to_string(m_lastN + 1));
  ++m_stats.resends;
  if (!m_faults.resendWithoutOk) sendOk();
}

void Firmware::sendOk() {
  ++m_oksSent;
  if (!m_config.advancedOk) return emit("ok");
  emit("ok N" + std::to_string(m_lastN) + " P" + std::to_string(m_planner.freeBlocks()) + " B" +
       std::to_string(m_config.bufsize - std::min(m_config.bufsize, m_queue.size())));
}

void Firmware::kill(std::string_view reason) {
  emit("echo:" + std::string(reason));
  emit("Error:Printer halted. kill() called!");
  m_halted = true;
  m_queue.clear();
  m_planner.clear();
  for (auto& h : m_hotends) h.setTarget(0);
  m_bed.setTarget(0);
}

void Firmware::processQueue(double now) {
  // A lost USB link does not stop the MCU: what is queued still runs.
  while (!m_queue.empty() && !m_halted) {
    Queued& q = m_queue.front();
    if (!m_active.started) {
      m_active = Active{true, now, 0, now + m_keepaliveS, now + 1.0};
    }
    if (execute(q, now) == Step::Wait) {
      if (now >= m_active.nextBusy) {
        emit("echo:busy: processing");
        m_active.nextBusy = now + m_keepaliveS;
      }
      return;
    }
    if (m_halted) return;
    if (m_beforeFirstMove < 0 && (q.cmd.code == "G0" || q.cmd.code == "G1")) m_beforeFirstMove = m_stats.commandsExecuted;
    ++m_stats.commandsExecuted;
    if (m_trace) m_trace((q.number ? "N" + std::to_string(*q.number) + " " : std::string("- ")) + q.cmd.text);
    if (q.dropOk) {
      ++m_stats.oksDropped;
      if (m_trace) m_trace("# ok dropped");
    } else if (q.cmd.code != "M105") {  // M105 answers "ok T:..." itself
      sendOk();
    }
    m_queue.pop_front();
    m_active = {};
  }
}

ThermalModel& Firmware::hotend(const GcodeCommand& cmd) {
  const int tool = static_cast<int>(cmd.get('T').value_or(0));
  return m_hotends[static_cast<std::size_t>(std::clamp(tool, 0, static_cast<int>(m_hotends.size()) - 1))];
}

Firmware::Step Firmware::waitForHeater(ThermalModel& heater, bool exact, double now) {
  if (m_breakWait) {
    m_breakWait = false;
    return Step::Done;
  }
  const double t = heater.temperature();
  const bool reached = exact ? std::abs(t - heater.target()) <= kTempWindowC : t >= heater.target() - kTempWindowC;
  if (reached || heater.target() <= 0) return Step::Done;
  if (now >= m_active.nextTempReport) {  // M109 progress line: no "ok", "W:?" while not yet settled
    emit(" " + temperatureReport() + " W:?");
    m_active.nextTempReport = now + 1.0;
  }
  return Step::Wait;
}

Firmware::Step Firmware::move(const GcodeCommand& cmd, double now) {
  static constexpr char kAxes[4] = {'X', 'Y', 'Z', 'E'};
  double target[4];
  for (int i = 0; i < 4; ++i) {
    const auto v = cmd.get(kAxes[i]);
    const bool relative = i == 3 ? !m_absoluteE : !m_absolute;
    target[i] = !v ? m_pos[i] : relative ? m_pos[i] + *v : *v;
  }
  const double dx = target[0] - m_pos[0], dy = target[1] - m_pos[1], dz = target[2] - m_pos[2];
  double distance = std::sqrt(dx * dx + dy * dy + dz * dz);
  if (distance < 1e-9) distance = std::abs(target[3] - m_pos[3]);
  if (distance > 1e-9 && m_planner.full()) return Step::Wait;  // no ok until a block frees
  if (const auto f = cmd.get('F'); f && *f > 0) m_feedMmPerMin = *f;
  std::copy(std::begin(target), std::end(target), std::begin(m_pos));
  if (distance > 1e-9) {
    m_planner.add(distance / (m_feedMmPerMin / 60.0), now);
    m_stats.maxPlannerDepth = std::max(m_stats.maxPlannerDepth, m_planner.maxDepth());
  }
  return Step::Done;
}

Firmware::Step Firmware::execute(Queued& q, double now) {
  const GcodeCommand& cmd = q.cmd;
  const std::string& c = cmd.code;
  if (c == "G0" || c == "G1") return move(cmd, now);
  if (c == "G4" || c == "G28" || c == "G29" || c == "M400") {
    // Synchronising commands: the planner drains on purpose first.
    m_planner.expectDrain();
    if (!m_planner.empty()) return Step::Wait;
    if (m_active.until == 0) {
      double wait = 0;
      if (c == "G4") wait = cmd.get('P').value_or(0) / 1000.0 + cmd.get('S').value_or(0);
      if (c == "G28") wait = m_config.homingS;
      if (c == "G29") wait = 2 * m_config.homingS;
      m_active.until = now + wait + 1e-9;
    }
    if (now < m_active.until) return Step::Wait;
    m_planner.expectDrain();
    if (c == "G28") {
      for (int i = 0; i < 3; ++i) m_pos[i] = 0;
    }
    return Step::Done;
  }
  if (c == "M104") {
    hotend(cmd).setTarget(cmd.get('S').value_or(0));
    return Step::Done;
  }
  if (c == "M140") {
    m_bed.setTarget(cmd.get('S').value_or(0));
    return Step::Done;
  }
  if (c == "M109" || c == "M190") {
    ThermalModel& heater = c == "M109" ? hotend(cmd) : m_bed;
    m_planner.expectDrain();  // the head may stand still while heating: intended, not starvation
    if (m_active.until == 0) {
      m_active.until = 1;  // target set once
      m_breakWait = false;
      if (const auto s = cmd.get('S')) heater.setTarget(*s);
      if (const auto r = cmd.get('R')) heater.setTarget(*r);
    }
    return waitForHeater(heater, cmd.has('R'), now);
  }
  if (c == "M105") {
    emit("ok " + temperatureReport());
    ++m_oksSent;
    return Step::Done;
  }
  if (c == "M155") {
    m_autoreportS = cmd.get('S').value_or(0);
    m_nextAutoreport = now + m_autoreportS;
    return Step::Done;
  }
  if (c == "M113") {
    if (const auto s = cmd.get('S'); s && *s > 0) m_keepaliveS = *s;
    return Step::Done;
  }
  if (c == "M110") {
    if (!q.number) {
      if (const auto n = cmd.get('N')) m_lastN = static_cast<long>(*n);
    }
    return Step::Done;
  }
  if (c == "M112") {
    kill("M112 Shutdown");
    return Step::Done;
  }
  if (c == "M115") {
    emit("FIRMWARE_NAME:Marlin 2.1.2.1 (virtual-marlin) SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin "
         "PROTOCOL_VERSION:1.0 MACHINE_TYPE:PID Virtual Printer EXTRUDER_COUNT:" +
         std::to_string(m_hotends.size()) + " UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff");
    emit("Cap:SERIAL_XON_XOFF:0");
    emit("Cap:EEPROM:1");
    emit(std::string("Cap:AUTOREPORT_TEMP:") + (m_config.autoreportTemp ? "1" : "0"));
    emit("Cap:PROGRESS:0");
    emit("Cap:PRINT_JOB:1");
    emit(std::string("Cap:EMERGENCY_PARSER:") + (m_config.emergencyParser ? "1" : "0"));
    emit("Cap:SDCARD:0");
    emit("Cap:THERMAL_PROTECTION:1");
    emit("Cap:ARCS:1");
    return Step::Done;
  }
  if (c == "M114") {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "X:%.2f Y:%.2f Z:%.2f E:%.2f Count X:0 Y:0 Z:0", m_pos[0], m_pos[1], m_pos[2],
                  m_pos[3]);
    emit(buffer);
    return Step::Done;
  }
  if (c == "G90" || c == "G91") {
    m_absolute = c == "G90";
    m_absoluteE = m_absolute;
    return Step::Done;
  }
  if (c == "M82" || c == "M83") {
    m_absoluteE = c == "M82";
    return Step::Done;
  }
  if (c == "G92") {
    static constexpr char kAxes[4] = {'X', 'Y', 'Z', 'E'};
    for (int i = 0; i < 4; ++i) m_pos[i] = cmd.get(kAxes[i]).value_or(m_pos[i]);
    return Step::Done;
  }
  static const std::set<std::string> kAccepted = {
      "G21", "M17", "M18", "M84", "M106", "M107", "M108", "M117", "M118", "M73", "M201", "M203", "M204",
      "M205", "M220", "M221", "M500", "M501", "M502", "M503", "M900", "M302", "M141", "M999", "T0", "T1",
      "M290", "M211", "M420", "M75", "M76", "M77"};
  if (kAccepted.count(c)) return Step::Done;
  emit("echo:Unknown command: \"" + cmd.text + "\"");
  return Step::Done;
}

std::string Firmware::temperatureReport() const {
  const ThermalModel& t0 = m_hotends.front();
  std::string s = format("T:%.2f", t0.temperature()) + format(" /%.2f", t0.target()) +
                  format(" B:%.2f", m_bed.temperature()) + format(" /%.2f", m_bed.target());
  if (m_hotends.size() > 1) {
    for (std::size_t i = 0; i < m_hotends.size(); ++i) {
      s += " T" + std::to_string(i) + format(":%.2f", m_hotends[i].temperature()) +
           format(" /%.2f", m_hotends[i].target());
    }
  }
  s += " @:" + std::to_string(t0.power()) + " B@:" + std::to_string(m_bed.power());
  if (m_hotends.size() > 1) {
    for (std::size_t i = 0; i < m_hotends.size(); ++i)
      s += " @" + std::to_string(i) + ":" + std::to_string(m_hotends[i].power());
  }
  return s;
}

FirmwareStats Firmware::stats() const {
  FirmwareStats s = m_stats;
  s.plannerStarvations = m_planner.starvations();
  s.starvedSeconds = m_planner.starvedSeconds();
  s.motionSeconds = m_planner.busySeconds();
  return s;
}

}  // namespace pid::firmware
