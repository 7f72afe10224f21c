#include "kiosk/app/reader_setup.h"

namespace kiosk::app {
namespace {

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

}  // namespace kiosk::app
