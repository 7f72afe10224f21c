// ChildProcess: one program started by the bench, with its stdout in a file and a hard deadline.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pid::bench {

class ChildProcess {
 public:
  // Starts argv[0] (a path) with extra environment `env`; stdout and stderr go to `output`.
  ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& output,
               const std::map<std::string, std::string>& env = {});
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  [[nodiscard]] bool started() const { return m_pid > 0; }
  // Waits for the exit; false if `timeout` passed first (the process is still running).
  bool wait(std::chrono::milliseconds timeout);
  // SIGTERM, then SIGKILL after `grace`.
  void terminate(std::chrono::milliseconds grace = std::chrono::milliseconds(2000));
  [[nodiscard]] int exitCode() const { return m_exitCode; }

 private:
  pid_t m_pid = -1;
  int m_exitCode = -1;
};

}  // namespace pid::bench
