// gcode-stream: streams one G-code file with the same engine the kiosk uses and prints JSON stats.
//   gcode-stream --port /tmp/printer --baud 250000 job.gcode
// Exit code 0 when the job completed, 1 when it failed or timed out, 2 on bad input.
#include <condition_variable>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "devices/marlin/job_validator.h"
#include "devices/marlin/marlin_engine.h"
#include "devices/marlin/print_job.h"

using namespace kiosk::devices::marlin;

namespace {

std::string jsonEscape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out.push_back(c);
  }
  return out;
}

bool finished(JobState s) { return s == JobState::Completed || s == JobState::Cancelled || s == JobState::Failed; }

}  // namespace

int main(int argc, char** argv) {
  std::string port, file;
  long baud = 115200;
  double timeoutS = 0, connectTimeoutS = 20;
  bool skipValidation = false;
  std::string logFile;
  CLI::App app("Stream a G-code file to a Marlin printer and print JSON stats");
  app.add_option("--port", port, "serial port (or virtual-marlin link)")->required();
  app.add_option("--baud", baud, "baud rate");
  app.add_option("file", file, "G-code file")->required()->check(CLI::ExistingFile);
  app.add_option("--timeout", timeoutS, "give up after this many seconds (0 = never)");
  app.add_option("--connect-timeout", connectTimeoutS, "seconds to wait for the handshake");
  app.add_flag("--skip-validation", skipValidation, "stream even if the job validator rejects the file");
  app.add_option("--log", logFile, "write every line sent and received, with a millisecond clock");
  CLI11_PARSE(app, argc, argv);

  PrinterOptions options;
  auto job = loadPrintJob(file, options.limits.maxFileBytes);
  if (!job) {
    std::cerr << "gcode-stream: " << job.error().message << "\n";
    return 2;
  }
  if (auto valid = validateJob(*job, options.limits); !valid && !skipValidation) {
    std::cerr << "gcode-stream: " << file << " rejected: " << valid.error().message << "\n";
    return 2;
  }

  std::mutex mutex;
  std::condition_variable changed;
  std::optional<PrinterSnapshot> latest;
  std::string rejection;
  MarlinEngine engine(
      options,
      [&](PrinterSnapshot s) {
        std::lock_guard lock(mutex);
        latest = std::move(s);
        changed.notify_all();
      },
      {},
      [&](std::string why) {
        std::lock_guard lock(mutex);
        rejection = std::move(why);
        changed.notify_all();
      });
  std::ofstream log;
  if (!logFile.empty()) {
    log.open(logFile, std::ios::trunc);
    const auto t0 = std::chrono::steady_clock::now();
    engine.setWireTap([&log, t0](char direction, std::string_view text) {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
      log << ms << ' ' << direction << ' ' << text << (text.empty() || text.back() != '\n' ? "\n" : "");
    });
  }
  engine.start();
  engine.connect(port, baud);

  std::unique_lock lock(mutex);
  const bool connected = changed.wait_for(lock, std::chrono::duration<double>(connectTimeoutS),
                                          [&] { return latest && latest->link == LinkState::Ready; });
  if (!connected) {
    std::cout << "{\"result\":\"not-connected\"}" << std::endl;
    return 1;
  }
  const std::size_t lines = job->lines.size();
  engine.startJob(std::make_shared<PrintJob>(std::move(*job)));
  const auto pred = [&] { return !rejection.empty() || (latest && finished(latest->job)); };
  bool done = true;
  if (timeoutS > 0) done = changed.wait_for(lock, std::chrono::duration<double>(timeoutS), pred);
  else changed.wait(lock, pred);

  const PrinterSnapshot s = *latest;
  const std::string result = !rejection.empty() ? "rejected" : !done ? "timeout" : std::string(toString(s.job));
  lock.unlock();
  engine.stop();
  const double secs = s.progress.elapsedS;
  char buffer[1024];
  std::snprintf(buffer, sizeof buffer,
                "{\"result\":\"%s\",\"lines\":%zu,\"seconds\":%.3f,\"lines_per_second\":%.1f,\"resends\":%ld,"
                "\"resends_ignored\":%ld,\"lines_resent\":%ld,\"timeouts\":%ld,\"advanced_ok\":%s,\"fault\":\"%s\","
                "\"detail\":\"%s\"}",
                result.c_str(), lines, secs, secs > 0 ? static_cast<double>(s.progress.linesAcked) / secs : 0.0,
                s.counters.resendRequests, s.counters.resendsIgnored, s.counters.linesResent, s.counters.timeouts,
                s.firmware.advancedOk ? "true" : "false", std::string(toString(s.fault)).c_str(),
                jsonEscape(rejection.empty() ? s.faultDetail : rejection).c_str());
  std::cout << buffer << std::endl;
  return result == "completed" ? 0 : 1;
}
