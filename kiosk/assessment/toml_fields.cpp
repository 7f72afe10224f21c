#include "kiosk/assessment/toml_fields.h"

#include <algorithm>
#include <sstream>

#include "kiosk/core/toml_file.h"

namespace kiosk::assessment::detail {

void Problems::at(const toml::source_region& where, const std::string& message) {
  m_errors.push_back(core::describeAt(m_file, where, message));
}

const toml::node* Fields::node(std::string_view key) {
  accept(key);
  return m_table.get(key);
}

const toml::node* Fields::fetch(std::string_view key, Need need) {
  const toml::node* found = node(key);
  if (!found && need == Need::Required) problemAtTable("missing key '" + std::string(key) + "'");
  return found;
}

void Fields::wrongType(std::string_view key, std::string_view expected) {
  problem(key, "'" + std::string(key) + "' must be " + std::string(expected));
}

void Fields::problem(std::string_view key, const std::string& message) {
  const toml::node* at = m_table.get(key);
  m_problems.at(at ? at->source() : m_table.source(), m_what + ": " + message);
}

void Fields::problemAtTable(const std::string& message) { m_problems.at(m_table.source(), m_what + ": " + message); }

std::optional<std::string> Fields::string(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return std::nullopt;
  if (const auto value = found->value_exact<std::string>()) return *value;
  wrongType(key, "a string");
  return std::nullopt;
}

std::optional<double> Fields::number(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return std::nullopt;
  if (found->is_number()) return found->value<double>();
  wrongType(key, "a number");
  return std::nullopt;
}

std::optional<std::int64_t> Fields::integer(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return std::nullopt;
  if (const auto value = found->value_exact<std::int64_t>()) return *value;
  wrongType(key, "a whole number");
  return std::nullopt;
}

std::optional<bool> Fields::boolean(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return std::nullopt;
  if (const auto value = found->value_exact<bool>()) return *value;
  wrongType(key, "true or false");
  return std::nullopt;
}

std::optional<std::vector<std::string>> Fields::strings(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return std::nullopt;
  const toml::array* array = found->as_array();
  std::vector<std::string> out;
  if (array) {
    for (const toml::node& item : *array) {
      const auto value = item.value_exact<std::string>();
      if (!value) break;
      out.push_back(*value);
    }
  }
  if (!array || out.size() != array->size()) {
    wrongType(key, "a list of strings");
    return std::nullopt;
  }
  return out;
}

const toml::array* Fields::tables(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return nullptr;
  const toml::array* array = found->as_array();
  if (array && std::all_of(array->begin(), array->end(), [](const toml::node& n) { return n.is_table(); }))
    return array;
  wrongType(key, "a list of tables");
  return nullptr;
}

const toml::table* Fields::table(std::string_view key, Need need) {
  const toml::node* found = fetch(key, need);
  if (!found) return nullptr;
  if (const toml::table* t = found->as_table()) return t;
  wrongType(key, "a table");
  return nullptr;
}

Text Fields::text(std::string_view key, Need need) {
  Text out;
  const toml::node* found = fetch(key, need);
  if (!found) return out;
  const toml::table* texts = found->as_table();
  if (!texts) {
    wrongType(key, "a table of languages, like { it = \"...\", en = \"...\" }");
    return out;
  }
  for (const auto& [language, value] : *texts) {
    const std::string name(language.str());
    if (std::find(m_languages.begin(), m_languages.end(), name) == m_languages.end()) {
      m_problems.at(language.source(), m_what + ": " + std::string(key) + ": language '" + name +
                                           "' is not in the questionnaire's languages");
      continue;
    }
    const auto string = value.value_exact<std::string>();
    if (!string || string->empty()) {
      m_problems.at(value.source(), m_what + ": " + std::string(key) + "." + name + " must be a non-empty string");
      continue;
    }
    out[name] = *string;
  }
  for (const std::string& language : m_languages) {
    if (!texts->contains(language))
      m_problems.at(texts->source(), m_what + ": " + std::string(key) + ": missing '" + language + "' translation");
  }
  return out;
}

void Fields::reportUnknownKeys() {
  for (const auto& [key, value] : m_table) {
    if (!m_known.contains(key.str()))
      m_problems.at(key.source(), m_what + ": unknown key '" + std::string(key.str()) + "'");
  }
}

bool isValidId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string numberText(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace kiosk::assessment::detail
