// Reading one TOML table of the assessment files with every problem collected, never thrown:
// missing or mistyped keys, unknown keys (typos), texts without every language.
// Internal to the loader.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "kiosk/assessment/content.h"

namespace kiosk::assessment::detail {

// Problems of one file, as "file:line:column: message".
class Problems {
 public:
  Problems(std::filesystem::path file, std::vector<std::string>& errors) : m_file(std::move(file)), m_errors(errors) {}
  void at(const toml::source_region& where, const std::string& message);
  void at(const toml::node& node, const std::string& message) { at(node.source(), message); }
  [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

 private:
  std::filesystem::path m_file;
  std::vector<std::string>& m_errors;
};

enum class Need { Required, Optional };

// The keys of one table. Every getter marks its key as known; reportUnknownKeys() then names the
// others. `what` prefixes messages: "question 'data_backup'".
class Fields {
 public:
  Fields(const toml::table& table, std::string what, Problems& problems, const std::vector<std::string>& languages)
      : m_table(table), m_what(std::move(what)), m_problems(problems), m_languages(languages) {}

  [[nodiscard]] const toml::node* node(std::string_view key);
  [[nodiscard]] bool has(std::string_view key) const { return m_table.contains(key); }
  std::optional<std::string> string(std::string_view key, Need need);
  std::optional<double> number(std::string_view key, Need need);
  std::optional<std::int64_t> integer(std::string_view key, Need need);
  std::optional<bool> boolean(std::string_view key, Need need);
  std::optional<std::vector<std::string>> strings(std::string_view key, Need need);
  const toml::array* tables(std::string_view key, Need need);  // an array of tables
  const toml::table* table(std::string_view key, Need need);
  Text text(std::string_view key, Need need);
  // Marks a key as known without reading it (read elsewhere).
  void accept(std::string_view key) { m_known.insert(std::string(key)); }
  void reportUnknownKeys();
  // A problem about `key` (at its value) or, when absent, about the table.
  void problem(std::string_view key, const std::string& message);
  void problemAtTable(const std::string& message);

  [[nodiscard]] const toml::table& raw() const { return m_table; }
  [[nodiscard]] const std::string& what() const { return m_what; }
  void setWhat(std::string what) { m_what = std::move(what); }

 private:
  const toml::node* fetch(std::string_view key, Need need);
  void wrongType(std::string_view key, std::string_view expected);

  const toml::table& m_table;
  std::string m_what;
  Problems& m_problems;
  const std::vector<std::string>& m_languages;
  std::set<std::string, std::less<>> m_known;
};

// Ids are lower-case words with digits and '_', so they are safe in JSON and in conditions.
[[nodiscard]] bool isValidId(std::string_view id);

// A number as people write it in the files: 1.5, 0.33, 40.
[[nodiscard]] std::string numberText(double value);

}  // namespace kiosk::assessment::detail
