#include "kiosk/core/translator.h"

#include <algorithm>

#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include "kiosk/core/toml_file.h"

namespace kiosk::core {
namespace {

void flatten(const std::filesystem::path& file, const toml::table& table, const std::string& prefix,
             Translator::Table& out, std::vector<std::string>& errors) {
  for (const auto& [key, node] : table) {
    const std::string path = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const toml::table* sub = node.as_table()) {
      flatten(file, *sub, path, out, errors);
    } else if (auto text = node.value<std::string>()) {
      out.emplace(path, *text);
    } else {
      errors.push_back(describeAt(file, node.source(), path + " must be a string"));
    }
  }
}

}  // namespace

tl::expected<Translator, std::vector<std::string>> Translator::load(const std::filesystem::path& dir,
                                                                    const std::vector<std::string>& languages) {
  Translator translator;
  std::vector<std::string> errors;
  if (languages.empty()) errors.emplace_back("no languages configured");
  for (const std::string& language : languages) {
    const std::filesystem::path file = dir / (language + ".toml");
    auto parsed = parseTomlFile(file);
    if (!parsed) {
      errors.push_back(parsed.error());
      continue;
    }
    Table table;
    flatten(file, *parsed, "", table, errors);
    translator.m_languages.push_back(language);
    translator.m_tables.push_back(std::move(table));
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return translator;
}

const Translator::Table& Translator::table(std::string_view language) const {
  const auto it = std::find(m_languages.begin(), m_languages.end(), language);
  return m_tables[it == m_languages.end() ? 0 : static_cast<std::size_t>(it - m_languages.begin())];
}

const char* Translator::tr(std::string_view key) const {
  const std::string k(key);
  if (const auto it = m_tables[m_current].find(k); it != m_tables[m_current].end()) return it->second.c_str();
  if (!m_reportedMissing.contains(k)) {
    spdlog::warn("i18n: key '{}' missing in language '{}'", k, language());
    m_reportedMissing.insert(k);
  }
  if (const auto it = m_tables[0].find(k); it != m_tables[0].end()) return it->second.c_str();
  return m_reportedMissing.find(k)->c_str();
}

std::string Translator::format(std::string_view key,
                               std::initializer_list<std::pair<std::string_view, std::string>> args) const {
  std::string text = tr(key);
  for (const auto& [name, value] : args) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (std::size_t pos = text.find(placeholder); pos != std::string::npos;
         pos = text.find(placeholder, pos + value.size())) {
      text.replace(pos, placeholder.size(), value);
    }
  }
  return text;
}

void Translator::setLanguage(std::string_view language) {
  const auto it = std::find(m_languages.begin(), m_languages.end(), language);
  if (it == m_languages.end()) {
    spdlog::warn("i18n: unknown language '{}' ignored", language);
    return;
  }
  m_current = static_cast<std::size_t>(it - m_languages.begin());
}

}  // namespace kiosk::core
