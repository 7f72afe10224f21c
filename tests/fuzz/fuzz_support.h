// Helpers shared by the libFuzzer targets: loaders that only take a path get the input
// through a scratch directory (one per process, on tmpfs when there is one).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace kiosk::fuzz {

// A private directory removed at exit; created once, reused for every input.
class ScratchDir {
 public:
  ScratchDir() {
    const char* base = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    std::string pattern = std::string(base) + "/kiosk-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) std::abort();
    m_path = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

inline void writeFile(const std::filesystem::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) std::abort();  // the harness is broken, not the code under test
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits a multi-part input at the first "\n----\n" (absent: everything is the first part).
inline std::pair<std::string_view, std::string_view> splitParts(std::string_view input) {
  constexpr std::string_view kSeparator = "\n----\n";
  const auto at = input.find(kSeparator);
  if (at == std::string_view::npos) return {input, {}};
  return {input.substr(0, at), input.substr(at + kSeparator.size())};
}

}  // namespace kiosk::fuzz
