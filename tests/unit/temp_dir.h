// TempDir: a fresh folder under the system temp directory, removed with everything in it
// when the test ends, so tests never share files or leave any behind.
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include <unistd.h>

namespace kiosk::test {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    // pid + counter + random: unique across parallel test processes and reruns.
    const std::string name = "kiosk-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                             std::to_string(std::random_device{}());
    m_path = std::filesystem::temp_directory_path() / name;
    if (!std::filesystem::create_directories(m_path)) throw std::runtime_error("cannot create " + m_path.string());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

  // Writes `contents` to <dir>/<relative>, creating folders on the way; returns the full path.
  std::filesystem::path write(const std::filesystem::path& relative, std::string_view contents) const {
    const std::filesystem::path file = m_path / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << contents;
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file;
  }

 private:
  std::filesystem::path m_path;
};

}  // namespace kiosk::test
