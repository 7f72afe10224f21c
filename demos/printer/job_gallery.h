// JobGallery: the demo print jobs from assets/printer/jobs.toml (titles in each language, thumbnail,
// duration, G-code file). Loading checks that the files exist; each job's G-code is validated when it
// is chosen (validateGalleryJob), before staff confirm the bed is clear.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "devices/core/error.h"
#include "devices/marlin/job_validator.h"
#include "devices/marlin/print_job.h"

namespace kiosk::demos {

struct GalleryJob {
  std::string id;
  std::map<std::string, std::string> title;    // language -> text
  std::map<std::string, std::string> summary;
  std::filesystem::path gcode;                 // absolute
  std::filesystem::path thumbnail;             // absolute
  int durationMin = 0;
};

struct JobGallery {
  std::vector<GalleryJob> jobs;
  [[nodiscard]] const GalleryJob* find(const std::string& id) const;
};

// `dir` holds jobs.toml; every language in `languages` must have a title and summary.
[[nodiscard]] devices::Result<JobGallery> loadJobGallery(const std::filesystem::path& dir,
                                                         const std::vector<std::string>& languages);

struct ValidatedJob {
  std::shared_ptr<const devices::marlin::PrintJob> job;
  devices::marlin::JobSummary summary;
};

// Loads and validates the job's G-code; the error message says what is wrong and on which line.
[[nodiscard]] devices::Result<ValidatedJob> validateGalleryJob(const GalleryJob& job,
                                                               const devices::marlin::JobLimits& limits);

}  // namespace kiosk::demos
