// BarcodeDecoder: finds and decodes QR codes and the common 1D codes (EAN-13/8, UPC-A/E, Code 128,
// Code 39, ITF) in one grayscale camera frame, with ZXing-cpp. No camera and no threads here: the camera
// worker calls decode() on its own thread (never the UI thread) and posts what it found. A code's text
// is UTF-8: QR byte mode carries no charset, so bytes that are valid UTF-8 are taken as such, anything
// else as ISO-8859-1 (ZXing's own guess prefers Shift_JIS and garbles accented vCards). The content may
// be a visitor's badge: nothing here logs it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::devices::barcode {

// An 8-bit grayscale image the caller owns for the duration of decode(); `stride` bytes per row.
struct GrayFrame {
  const std::uint8_t* data = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;  // 0: width
};

enum class Symbology { QrCode, Ean13, Ean8, UpcA, UpcE, Code128, Code39, Itf, Other };
[[nodiscard]] std::string_view toString(Symbology symbology);

struct Corner {
  int x = 0;
  int y = 0;
  bool operator==(const Corner&) const = default;
};

struct DecodedCode {
  Symbology symbology = Symbology::Other;
  std::string text;               // UTF-8; personal data when it is a badge
  std::array<Corner, 4> corners;  // in frame pixels: top-left, top-right, bottom-right, bottom-left of the code
};

struct DecoderOptions {
  bool qr = true;
  bool linear = true;        // the 1D codes above
  bool tryHarder = false;    // slower, for still images; camera frames come again 30 times a second
  int maxCodes = 4;          // per frame; at most one of them a 1D code (see decode())
  std::size_t maxTextBytes = 8192;  // a code longer than this is dropped (a QR holds under 3 KB)
};

enum class DecodeErrorCode { BadFrame, NothingEnabled };
struct DecodeError {
  DecodeErrorCode code;
  std::string message;
};

class BarcodeDecoder {
 public:
  explicit BarcodeDecoder(DecoderOptions options = {});

  // Every readable code in the frame (empty when none). Codes that fail their checksum or are too
  // long are left out, never returned half-read.
  [[nodiscard]] tl::expected<std::vector<DecodedCode>, DecodeError> decode(const GrayFrame& frame) const;

 private:
  DecoderOptions m_options;
};

// QR byte-mode content to UTF-8: valid UTF-8 stays as it is, anything else is read as ISO-8859-1.
[[nodiscard]] std::string bytesToUtf8(std::string_view bytes);

}  // namespace kiosk::devices::barcode
