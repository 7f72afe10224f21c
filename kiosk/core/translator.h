// Translator: every visible string comes from assets/i18n/<lang>.toml, looked up by key.
// A key missing in the current language falls back to the first (default) language,
// then to the key itself, and is logged once, so a gap never blanks the screen.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::core {

class Translator {
 public:
  using Table = std::unordered_map<std::string, std::string>;

  // Loads <dir>/<lang>.toml for each language; the first is the default.
  [[nodiscard]] static tl::expected<Translator, std::vector<std::string>> load(
      const std::filesystem::path& dir, const std::vector<std::string>& languages);

  [[nodiscard]] const char* tr(std::string_view key) const;
  // tr() with "{name}" placeholders replaced.
  [[nodiscard]] std::string format(std::string_view key,
                                   std::initializer_list<std::pair<std::string_view, std::string>> args) const;

  void setLanguage(std::string_view language);
  [[nodiscard]] const std::string& language() const { return m_languages[m_current]; }
  [[nodiscard]] const std::string& defaultLanguage() const { return m_languages.front(); }
  [[nodiscard]] const std::vector<std::string>& languages() const { return m_languages; }
  [[nodiscard]] const Table& table(std::string_view language) const;

 private:
  Translator() = default;

  std::vector<std::string> m_languages;
  std::vector<Table> m_tables;
  std::size_t m_current = 0;
  mutable std::set<std::string, std::less<>> m_reportedMissing;
};

}  // namespace kiosk::core
