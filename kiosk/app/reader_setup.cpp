#include "kiosk/app/reader_setup.h"

#include <fstream>
#include <iterator>

namespace kiosk::app {
namespace {

constexpr std::uintmax_t kMaxScanFileBytes = 1 << 20;

tl::expected<std::vector<devices::reader::ReaderId>, std::string> parseIds(const std::vector<std::string>& ids,
                                                                          const char* key) {
  std::string joined;
  for (const std::string& id : ids) joined += id + " ";
  auto parsed = devices::reader::parseReaderIds(joined);
  if (!parsed) return tl::unexpected(std::string(key) + ": " + parsed.error().message);
  return *parsed;
}

}  // namespace

tl::expected<devices::reader::UsbReaderOptions, std::string> readerOptions(const core::ReaderConfig& config) {
  devices::reader::UsbReaderOptions options;
  auto ids = parseIds(config.usbIds, "reader.usb_ids");
  if (!ids) return tl::unexpected(ids.error());
  auto excluded = parseIds(config.exclude, "reader.exclude");
  if (!excluded) return tl::unexpected(excluded.error());
  options.ids = std::move(*ids);
  options.excluded = std::move(*excluded);
  options.anyBootKeyboard = config.anyBootKeyboard;
  options.layout = config.layout == "us" ? devices::reader::HidLayout::Us : devices::reader::HidLayout::It;
  return options;
}

tl::expected<std::vector<devices::reader::ScriptStep>, std::string> loadScanFile(const std::filesystem::path& file) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return tl::unexpected(file.string() + ": cannot read the scan file (" + ec.message() + ")");
  if (size > kMaxScanFileBytes) return tl::unexpected(file.string() + ": a scan file is at most 1 MiB");
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return tl::unexpected(file.string() + ": cannot read the scan file");
  auto steps = devices::reader::parseScanScript(text);
  if (!steps) {
    // "line 4: wait needs milliseconds" -> "FILE:4: wait needs milliseconds"
    std::string message = steps.error().message;
    if (message.starts_with("line ")) message.replace(0, 5, "");
    return tl::unexpected(file.string() + ":" + message);
  }
  if (steps->empty() || (steps->size() == 1 && steps->front().scan.empty())) {
    return tl::unexpected(file.string() + ": the scan file has no scans");
  }
  return std::move(*steps);
}

void loadReaderDesk(core::ReaderDesk& desk, const core::Config& config, std::vector<std::string>& contentProblems) {
  const auto file = config.assetsDir / "reader" / "products.toml";
  auto catalog = demos::loadProductCatalog(file, config.languages);
  if (!catalog) {
    desk.productsProblem = catalog.error().message;
    contentProblems.push_back("traceability demo: " + catalog.error().message);
    return;
  }
  desk.products = std::move(*catalog);
}

bool readsScans(ui::ScreenId screen) { return screen == ui::ScreenId::Contact || screen == ui::ScreenId::Traceability; }

void offerSampleScan(core::ReaderDesk& desk, ui::ScreenId screen) {
  if (screen != ui::ScreenId::Traceability || desk.products.products.empty()) return;
  desk.scan = desk.products.products.front().tags.front();
}

}  // namespace kiosk::app
