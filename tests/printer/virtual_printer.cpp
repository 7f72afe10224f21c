#include "virtual_printer.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace kiosk::test {

VirtualPrinter::VirtualPrinter(std::vector<std::string> args) {
  m_dir = std::filesystem::temp_directory_path() /
          ("kiosk-printer-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(m_dir);
  m_link = (m_dir / "ttyVIRT").string();
  std::vector<std::string> argv = {VIRTUAL_MARLIN, "--link", m_link, "--baud", "250000", "--time-scale", "20",
                                   "--boot-ms", "50", "--stats", (m_dir / "stats.json").string(),
                                   "--trace", (m_dir / "trace.txt").string()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> raw;
  for (auto& a : argv) raw.push_back(a.data());
  raw.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const int rc = posix_spawn(&m_pid, raw[0], &actions, nullptr, raw.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == 0) {
    for (int i = 0; i < 200 && !std::filesystem::exists(m_link); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (rc != 0 || !std::filesystem::exists(m_link)) {
    if (rc == 0) stop();
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);  // the destructor will not run
    throw std::runtime_error("virtual-marlin did not create " + m_link);
  }
}

VirtualPrinter::~VirtualPrinter() {
  stop();
  std::error_code ec;
  std::filesystem::remove_all(m_dir, ec);
}

bool VirtualPrinter::running() {
  if (m_pid < 0) return false;
  int status = 0;
  if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
    m_pid = -1;
    return false;
  }
  return true;
}

void VirtualPrinter::stop() {
  if (m_pid < 0) return;
  ::kill(m_pid, SIGTERM);
  int status = 0;
  ::waitpid(m_pid, &status, 0);
  m_pid = -1;
}

std::vector<std::string> VirtualPrinter::trace() const {
  std::ifstream in(m_dir / "trace.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> VirtualPrinter::executed() const {
  std::vector<std::string> out;
  for (const std::string& line : trace()) {
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    out.push_back(space == std::string::npos ? std::string{} : line.substr(space + 1));
  }
  return out;
}

bool VirtualPrinter::waitForTrace(const std::string& line, std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    const auto lines = trace();
    if (std::find(lines.begin(), lines.end(), line) != lines.end()) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

double VirtualPrinter::stat(const std::string& key) const {
  std::ifstream in(m_dir / "stats.json");
  std::stringstream text;
  text << in.rdbuf();
  const std::string json = text.str();
  const auto at = json.find("\"" + key + "\":");
  if (at == std::string::npos) throw std::runtime_error("no stat " + key + " in " + json);
  return std::stod(json.substr(at + key.size() + 3));
}

}  // namespace kiosk::test
