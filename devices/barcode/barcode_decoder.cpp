#include "devices/barcode/barcode_decoder.h"

#include <algorithm>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace kiosk::devices::barcode {
namespace {

constexpr int kMaxSide = 8192;

bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    if (len == 2 && b < 0xC2) return false;  // overlong
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += len;
  }
  return true;
}

Symbology symbologyOf(ZXing::BarcodeFormat format) {
  using F = ZXing::BarcodeFormat;
  switch (format) {
    case F::QRCode: return Symbology::QrCode;
    case F::EAN13: return Symbology::Ean13;
    case F::EAN8: return Symbology::Ean8;
    case F::UPCA: return Symbology::UpcA;
    case F::UPCE: return Symbology::UpcE;
    case F::Code128: return Symbology::Code128;
    case F::Code39: return Symbology::Code39;
    case F::ITF: return Symbology::Itf;
    default: return Symbology::Other;
  }
}

// ZXing's results as ours: valid ones only, none longer than `maxTextBytes`.
void appendCodes(const ZXing::Results& results, std::size_t maxTextBytes, std::vector<DecodedCode>& codes) {
  for (const ZXing::Result& result : results) {
    if (!result.isValid()) continue;
    const ZXing::ByteArray& raw = result.bytes();
    if (raw.size() > maxTextBytes) continue;
    DecodedCode code;
    code.symbology = symbologyOf(result.format());
    // QR: our own charset rule on the raw bytes; 1D codes are ASCII digits/letters, ZXing's text is exact.
    code.text = code.symbology == Symbology::QrCode
                    ? bytesToUtf8(std::string_view(reinterpret_cast<const char*>(raw.data()), raw.size()))
                    : result.text();
    const ZXing::Position& position = result.position();
    for (std::size_t i = 0; i < 4; ++i) code.corners[i] = Corner{position[i].x, position[i].y};
    codes.push_back(std::move(code));
  }
}

}  // namespace

std::string_view toString(Symbology symbology) {
  switch (symbology) {
    case Symbology::QrCode: return "QR";
    case Symbology::Ean13: return "EAN-13";
    case Symbology::Ean8: return "EAN-8";
    case Symbology::UpcA: return "UPC-A";
    case Symbology::UpcE: return "UPC-E";
    case Symbology::Code128: return "Code 128";
    case Symbology::Code39: return "Code 39";
    case Symbology::Itf: return "ITF";
    case Symbology::Other: return "other";
  }
  return "other";
}

std::string bytesToUtf8(std::string_view bytes) {
  if (validUtf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  return out;
}

BarcodeDecoder::BarcodeDecoder(DecoderOptions options) : m_options(options) {}

tl::expected<std::vector<DecodedCode>, DecodeError> BarcodeDecoder::decode(const GrayFrame& frame) const {
  const int stride = frame.stride == 0 ? frame.width : frame.stride;
  if (!frame.data || frame.width <= 0 || frame.height <= 0 || frame.width > kMaxSide || frame.height > kMaxSide ||
      stride < frame.width) {
    return tl::unexpected(DecodeError{DecodeErrorCode::BadFrame,
                                      "not a grayscale frame: " + std::to_string(frame.width) + "x" +
                                          std::to_string(frame.height) + ", stride " + std::to_string(stride)});
  }
  if (!m_options.qr && !m_options.linear) {
    return tl::unexpected(DecodeError{DecodeErrorCode::NothingEnabled, "no symbology enabled"});
  }
  const ZXing::ImageView image(frame.data, frame.width, frame.height, ZXing::ImageFormat::Lum, stride);
  std::vector<DecodedCode> codes;
  // QR codes and 1D codes in two passes. ZXing-cpp 1.4 (Debian, built with assertions) aborts the process
  // when ReadBarcodes de-duplicates 1D results across its downscaled layers ("Assertion lineCount() == 1",
  // zxing-cpp#740, fixed upstream after 1.4): the 1D pass therefore reads one code on the full-size image only,
  // where nothing is compared. Matrix codes are compared by position, which is safe.
  if (m_options.qr) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(m_options.tryHarder);
    hints.setTryRotate(m_options.tryHarder);
    hints.setMaxNumberOfSymbols(static_cast<std::uint8_t>(std::clamp(m_options.maxCodes, 1, 255)));
    appendCodes(ZXing::ReadBarcodes(image, hints), m_options.maxTextBytes, codes);
  }
  if (m_options.linear && static_cast<int>(codes.size()) < m_options.maxCodes) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA |
                     ZXing::BarcodeFormat::UPCE | ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::Code39 |
                     ZXing::BarcodeFormat::ITF);
    hints.setTryHarder(m_options.tryHarder);
    hints.setTryRotate(m_options.tryHarder);
    hints.setTryDownscale(false);
    hints.setMaxNumberOfSymbols(1);
    appendCodes(ZXing::ReadBarcodes(image, hints), m_options.maxTextBytes, codes);
  }
  return codes;
}

}  // namespace kiosk::devices::barcode
