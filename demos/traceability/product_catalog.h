// ProductCatalog: the traceability demo's tagged sample products, from assets/reader/products.toml.
// A tag id (what the RFID reader or barcode scanner reads off the sample) maps to a product story:
// its name, origin, a picture and the steps of its journey (date, place, what happened), in every
// kiosk language. Loading checks everything and names the file and line of the first problem.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "devices/core/error.h"

namespace kiosk::demos {

using LocalizedText = std::map<std::string, std::string>;  // language -> text

struct JourneyStep {
  std::string date;  // ISO 8601, YYYY-MM-DD
  LocalizedText place;
  LocalizedText title;
  LocalizedText text;  // may be empty
};

struct TracedProduct {
  std::string id;
  std::vector<std::string> tags;     // as written in the file
  LocalizedText name;
  LocalizedText origin;
  std::filesystem::path picture;     // absolute
  std::vector<JourneyStep> steps;    // in date order
};

struct ProductCatalog {
  std::vector<TracedProduct> products;
  // The product a scan names, or nullptr: blanks around the scan are ignored, letters match in any case
  // (readers print hex UIDs in either case).
  [[nodiscard]] const TracedProduct* findByTag(std::string_view scan) const;
};

// `file` is products.toml; pictures are relative to its folder. Every language in `languages` needs
// a name, an origin and each step's place and title.
[[nodiscard]] devices::Result<ProductCatalog> loadProductCatalog(const std::filesystem::path& file,
                                                                 const std::vector<std::string>& languages);

// The text in `language`, else the first language that has one ("" when none).
[[nodiscard]] const std::string& localizedOr(const LocalizedText& text, const std::string& language);

}  // namespace kiosk::demos
