// printer-bench: our streamer (gcode-stream) and pronsole, each against a fresh virtual-marlin, at 115200
// and 250000 baud, on (a) a typical job, (b) a short-segment job, (c) the short-segment job with 1% of
// the lines corrupted on the wire. Prints one Markdown table. Every run has a hard timeout; a stalled run
// is reported as did-not-finish (DNF).
//   printer-bench [--bin-dir build/bin] [--assets assets] [--quick] [--markdown out.md]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "firmware-host/printer-bench/bench_jobs.h"
#include "firmware-host/printer-bench/child_process.h"
#include "firmware-host/printer-bench/flat_json.h"

namespace fs = std::filesystem;
using namespace pid::bench;
using namespace std::chrono_literals;

namespace {

struct Run {
  const BenchJob* job;
  long baud;
  std::string host;    // "ours" or "pronsole"
  std::string faults;  // virtual-marlin --faults
  std::string scenario;
};

struct Outcome {
  bool finished = false;
  std::string note;
  double linesPerS = 0;
  double limitLinesPerS = 0;  // baud/10 over the average wire bytes of this run's lines
  double seconds = 0;
  long starvations = 0;
  double starvedS = 0;
  long resends = 0;
};

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Outcome runOnce(const Run& run, const fs::path& binDir, const fs::path& work, std::chrono::seconds timeout) {
  static int counter = 0;
  const fs::path dir = work / ("run" + std::to_string(++counter));
  fs::create_directories(dir / "home");
  const std::string link = (dir / "ttyVIRT").string();
  std::vector<std::string> printerArgs = {(binDir / "virtual-marlin").string(), "--link", link, "--baud",
                                          std::to_string(run.baud), "--stats", (dir / "stats.json").string(),
                                          "--seed", "7"};
  if (!run.faults.empty()) printerArgs.insert(printerArgs.end(), {"--faults", run.faults});
  ChildProcess printer(printerArgs, dir / "printer.out");
  for (int i = 0; i < 300 && !fs::exists(link); ++i) std::this_thread::sleep_for(10ms);
  Outcome out;
  if (!fs::exists(link)) {
    out.note = "virtual-marlin did not start";
    return out;
  }

  std::vector<std::string> hostArgs;
  std::map<std::string, std::string> env;
  if (run.host == "ours") {
    hostArgs = {(binDir / "gcode-stream").string(), "--port", link, "--baud", std::to_string(run.baud),
                run.job->file.string(), "--skip-validation"};
  } else {
    // The non-interactive pronsole line from the reference notes; a private HOME and rc file because
    // "connect" writes the port into them.
    std::ofstream(dir / "empty.rc").close();
    hostArgs = {"/usr/bin/pronsole", "-c", (dir / "empty.rc").string(),
                "-e", "connect " + link + " " + std::to_string(run.baud),
                "-e", "block_until_online",
                "-e", "load " + run.job->file.string(),
                "-e", "print",
                "-e", "!while self.p.printing: time.sleep(0.01)",
                "-e", "exit"};
    env["HOME"] = (dir / "home").string();
  }
  ChildProcess host(hostArgs, dir / "host.out", env);
  const bool done = host.started() && host.wait(timeout);
  if (!done) host.terminate();
  std::this_thread::sleep_for(100ms);  // let the last ok leave before the printer is stopped
  printer.terminate();

  const std::string stats = lastJsonLine(readFile(dir / "stats.json"));
  const double executed = jsonNumber(stats, "commands_since_first_move").value_or(0);
  out.seconds = jsonNumber(stats, "first_move_to_last_ok_seconds").value_or(0);
  out.starvations = static_cast<long>(jsonNumber(stats, "planner_starvations").value_or(0));
  out.starvedS = jsonNumber(stats, "starved_seconds").value_or(0);
  out.resends = static_cast<long>(jsonNumber(stats, "resends").value_or(0));
  const double bytes = jsonNumber(stats, "bytes_received").value_or(0);
  const double lines = jsonNumber(stats, "lines_received").value_or(0);
  // The job's own lines over the printer's clock: host extras (pronsole's M105 polls) do not count as speed.
  if (out.seconds > 0) out.linesPerS = static_cast<double>(run.job->lines) / out.seconds;
  if (lines > 0) out.limitLinesPerS = (static_cast<double>(run.baud) / 10.0) / (bytes / lines);

  if (!done) {
    out.note = "DNF (no end after " + std::to_string(timeout.count()) + " s)";
  } else if (run.host == "ours") {
    const std::string result = jsonString(lastJsonLine(readFile(dir / "host.out")), "result").value_or("?");
    out.finished = result == "completed";
    if (!out.finished) out.note = "gcode-stream: " + result;
  } else {
    // pronsole prints no verdict: the job is complete when the printer ran all of its lines.
    out.finished = host.exitCode() == 0 && executed >= static_cast<double>(run.job->lines) - 2;
    if (!out.finished) out.note = "pronsole exit " + std::to_string(host.exitCode()) + ", ran " +
                                  std::to_string(static_cast<long>(executed)) + " lines";
  }
  return out;
}

std::string fixed(double v, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path binDir = fs::canonical("/proc/self/exe").parent_path();
  fs::path assets = binDir.parent_path() / "share" / "pid-kiosk";
  std::string markdown;
  bool quick = false;
  CLI::App app("Benchmark our Marlin streamer against pronsole on virtual printers");
  app.add_option("--bin-dir", binDir, "where virtual-marlin and gcode-stream are");
  app.add_option("--assets", assets, "the assets folder (printer/keychain-tag.gcode)");
  app.add_option("--markdown", markdown, "also write the table to this file");
  app.add_flag("--quick", quick, "smaller jobs (for a smoke run)");
  CLI11_PARSE(app, argc, argv);

  const fs::path work = fs::temp_directory_path() / ("printer-bench-" + std::to_string(::getpid()));
  fs::create_directories(work);
  const BenchJob typical = writeTypicalJob(assets / "printer" / "keychain-tag.gcode", work, quick ? 300 : 500);
  const BenchJob dense = writeShortSegmentJob(work, quick ? 1000 : 4000);
  if (typical.lines < 100) {
    std::cerr << "printer-bench: cannot read " << (assets / "printer" / "keychain-tag.gcode") << "\n";
    return 2;
  }

  std::vector<Run> runs;
  for (long baud : {115200L, 250000L}) {
    for (const BenchJob* job : {&typical, &dense}) {
      for (const char* host : {"pronsole", "ours"}) runs.push_back({job, baud, host, "", job->id});
    }
    for (const char* host : {"pronsole", "ours"}) runs.push_back({&dense, baud, host, "corrupt=0.01", "c-corrupt-1%"});
  }

  std::vector<Outcome> outcomes;
  for (const Run& run : runs) {
    // Hard timeout: three times what the slower of wire (48 B a line) and motion needs, plus start-up.
    const double wireS = run.job->lines * 48.0 * 10.0 / static_cast<double>(run.baud);
    const auto expected = std::chrono::seconds(static_cast<long>(std::max(wireS, run.job->motionS)) + 5);
    std::cerr << "printer-bench: " << run.scenario << " @" << run.baud << " " << run.host << " ... " << std::flush;
    outcomes.push_back(runOnce(run, binDir, work, 3 * expected));
    std::cerr << (outcomes.back().finished ? "ok" : outcomes.back().note) << "\n";
  }

  std::ostringstream table;
  table << "| scenario | baud | host | lines | s | lines/s | % of line limit | starvations (n / s) | resends | ours/pronsole |\n";
  table << "|---|---|---|---|---|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const Run& r = runs[i];
    const Outcome& o = outcomes[i];
    std::string ratio = "";
    if (r.host == "ours" && i > 0 && runs[i - 1].host == "pronsole") {
      const Outcome& p = outcomes[i - 1];
      ratio = (o.finished && p.finished && p.linesPerS > 0) ? fixed(o.linesPerS / p.linesPerS, 2) + "x" : "n/a";
    }
    const std::string speed = o.finished ? fixed(o.linesPerS, 0) : o.note;
    table << "| " << r.scenario << " | " << r.baud << " | " << r.host << " | " << r.job->lines << " | "
          << (o.finished ? fixed(o.seconds, 1) : "-") << " | " << speed << " | "
          << (o.finished && o.limitLinesPerS > 0 ? fixed(100 * o.linesPerS / o.limitLinesPerS, 0) + "% of " +
                                                       fixed(o.limitLinesPerS, 0)
                                                 : "-")
          << " | " << o.starvations << " / " << fixed(o.starvedS, 2) << " | " << o.resends << " | " << ratio << " |\n";
  }
  table << "\n(a) " << typical.description << " (~" << fixed(typical.motionS, 0) << " s of motion), (b) " << dense.description
        << " (~" << fixed(dense.motionS, 0) << " s of motion)"
        << ", (c) = (b) with 1% of the received lines corrupted (seed 7). Line limit = baud/10 / average wire bytes per "
           "line of that run. lines/s and starvations are measured by the virtual printer from the first move to the "
           "last ok; starvation = the planner ran empty while more moves were still to come.\n";
  std::cerr << std::flush;
  std::cout << table.str() << std::flush;
  if (!markdown.empty()) std::ofstream(markdown) << table.str();
  std::error_code ec;
  fs::remove_all(work, ec);
  return 0;
}
