#include "demos/printer/job_gallery.h"

#include <set>

#include <toml++/toml.h>

namespace kiosk::demos {
namespace {

using devices::ErrorCode;
using devices::fail;

std::string where(const std::filesystem::path& file, const toml::source_region& source) {
  return file.filename().string() + ":" + std::to_string(source.begin.line);
}

bool readTexts(const toml::table& entry, const char* key, const std::vector<std::string>& languages,
               std::map<std::string, std::string>& out) {
  const toml::table* texts = entry[key].as_table();
  if (!texts) return false;
  for (const std::string& language : languages) {
    const auto text = (*texts)[language].value<std::string>();
    if (!text || text->empty()) return false;
    out[language] = *text;
  }
  return true;
}

}  // namespace

const GalleryJob* JobGallery::find(const std::string& id) const {
  for (const GalleryJob& job : jobs) {
    if (job.id == id) return &job;
  }
  return nullptr;
}

devices::Result<JobGallery> loadJobGallery(const std::filesystem::path& dir, const std::vector<std::string>& languages) {
  const std::filesystem::path file = dir / "jobs.toml";
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorCode::InvalidData, where(file, e.source()) + ": " + std::string(e.description()));
  }
  const toml::array* list = root["job"].as_array();
  if (!list || list->empty()) return fail(ErrorCode::InvalidData, file.filename().string() + ": no [[job]] entries");
  JobGallery gallery;
  std::set<std::string> ids;
  for (const toml::node& node : *list) {
    const toml::table* entry = node.as_table();
    if (!entry) continue;
    GalleryJob job;
    job.id = (*entry)["id"].value_or(std::string());
    const std::string at = where(file, entry->source());
    if (job.id.empty()) return fail(ErrorCode::InvalidData, at + ": job without id");
    if (!ids.insert(job.id).second) return fail(ErrorCode::InvalidData, at + ": duplicate job id " + job.id);
    if (!readTexts(*entry, "title", languages, job.title) || !readTexts(*entry, "summary", languages, job.summary)) {
      return fail(ErrorCode::InvalidData, at + ": job " + job.id + " needs title and summary in every language");
    }
    job.durationMin = static_cast<int>((*entry)["duration_min"].value_or(0));
    if (job.durationMin <= 0) return fail(ErrorCode::InvalidData, at + ": job " + job.id + " needs duration_min > 0");
    for (auto [key, path] : {std::pair{"gcode", &job.gcode}, std::pair{"thumbnail", &job.thumbnail}}) {
      const std::string name = (*entry)[key].value_or(std::string());
      *path = dir / name;
      if (name.empty() || !std::filesystem::is_regular_file(*path)) {
        return fail(ErrorCode::NotFound, at + ": job " + job.id + ": " + key + " file '" + name + "' not found");
      }
    }
    gallery.jobs.push_back(std::move(job));
  }
  return gallery;
}

devices::Result<ValidatedJob> validateGalleryJob(const GalleryJob& job, const devices::marlin::JobLimits& limits) {
  auto loaded = devices::marlin::loadPrintJob(job.gcode, limits.maxFileBytes);
  if (!loaded) return tl::unexpected(loaded.error());
  auto summary = devices::marlin::validateJob(*loaded, limits);
  if (!summary) {
    return fail(summary.error().code, job.gcode.filename().string() + ", " + summary.error().message);
  }
  loaded->name = job.id;
  return ValidatedJob{std::make_shared<const devices::marlin::PrintJob>(std::move(*loaded)), *summary};
}

}  // namespace kiosk::demos
