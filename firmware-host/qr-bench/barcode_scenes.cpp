#include "firmware-host/qr-bench/barcode_scenes.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <qrencode.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace kiosk::scenes {
namespace {

using Rng = std::mt19937;

double uniform(Rng& rng, double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
int uniformInt(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

std::string ean13(Rng& rng) {
  std::string digits = "80";  // GS1 Italy
  while (digits.size() < 12) digits += static_cast<char>('0' + uniformInt(rng, 0, 9));
  int sum = 0;
  for (std::size_t i = 0; i < 12; ++i) sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
  digits += static_cast<char>('0' + (10 - sum % 10) % 10);
  return digits;
}

std::string code128(Rng& rng) {
  static const char* kPrefixes[] = {"LOT-", "SN", "PID-"};
  std::string id = kPrefixes[uniformInt(rng, 0, 2)];
  const int n = uniformInt(rng, 6, 10);
  for (int i = 0; i < n; ++i) id += static_cast<char>(i % 3 == 2 ? 'A' + uniformInt(rng, 0, 25) : '0' + uniformInt(rng, 0, 9));
  return id;
}

cv::Mat renderLinear(const std::string& text, ZXing::BarcodeFormat format, int widthPx, int heightPx) {
  // A quiet zone of about 10 modules each side, as printed labels have; the writer adds it in pixels.
  const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(format).setMargin(40).encode(text, widthPx, heightPx);
  cv::Mat out(bits.height(), bits.width(), CV_8UC1);
  for (int y = 0; y < bits.height(); ++y) {
    for (int x = 0; x < bits.width(); ++x) out.at<std::uint8_t>(y, x) = bits.get(x, y) ? 20 : 245;
  }
  return out;
}

// A busy gray background: a light gradient, rectangles, lines and text, like a stand behind a visitor.
cv::Mat background(Rng& rng, int width, int height) {
  cv::Mat bg(height, width, CV_8UC1);
  const double a = uniform(rng, 60, 160), b = uniform(rng, -60, 60), c = uniform(rng, -40, 40);
  for (int y = 0; y < height; ++y) {
    auto* row = bg.ptr<std::uint8_t>(y);
    for (int x = 0; x < width; ++x) row[x] = cv::saturate_cast<std::uint8_t>(a + b * x / width + c * y / height);
  }
  for (int i = uniformInt(rng, 6, 14); i > 0; --i) {
    const cv::Point p(uniformInt(rng, 0, width), uniformInt(rng, 0, height));
    const cv::Size s(uniformInt(rng, 20, 300), uniformInt(rng, 20, 200));
    cv::rectangle(bg, cv::Rect(p, s), cv::Scalar(uniformInt(rng, 0, 255)), uniformInt(rng, 0, 1) ? -1 : 3);
  }
  for (int i = uniformInt(rng, 4, 10); i > 0; --i) {
    cv::line(bg, {uniformInt(rng, 0, width), uniformInt(rng, 0, height)},
             {uniformInt(rng, 0, width), uniformInt(rng, 0, height)}, cv::Scalar(uniformInt(rng, 0, 255)),
             uniformInt(rng, 1, 6));
  }
  cv::putText(bg, "Punto Impresa Digitale", {uniformInt(rng, 0, width / 2), uniformInt(rng, 40, height)},
              cv::FONT_HERSHEY_SIMPLEX, uniform(rng, 0.8, 2.0), cv::Scalar(uniformInt(rng, 0, 255)), 2);
  return bg;
}

// Pastes `code` (a flat print) into `frame` through a perspective: centre, size, in-plane angle, tilt.
void paste(Rng& rng, cv::Mat& frame, const cv::Mat& code, double targetWidth, double maxAngleDeg, double tilt) {
  const double scale = targetWidth / code.cols;
  const double w = code.cols * scale, h = code.rows * scale;
  const double angle = uniform(rng, -maxAngleDeg, maxAngleDeg) * CV_PI / 180.0;
  const double margin = std::hypot(w, h) * 0.5 + 8;
  const double cx = uniform(rng, margin, std::max(margin + 1, frame.cols - margin));
  const double cy = uniform(rng, margin, std::max(margin + 1, frame.rows - margin));
  const cv::Point2f src[4] = {{0, 0}, {float(code.cols), 0}, {float(code.cols), float(code.rows)}, {0, float(code.rows)}};
  cv::Point2f dst[4];
  const double corners[4][2] = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
  for (int i = 0; i < 4; ++i) {
    // Tilt: each corner moves by up to `tilt` of the size, which is what a card held at an angle looks like.
    const double x = corners[i][0] * (1 + uniform(rng, -tilt, tilt));
    const double y = corners[i][1] * (1 + uniform(rng, -tilt, tilt));
    dst[i] = cv::Point2f(float(cx + x * std::cos(angle) - y * std::sin(angle)),
                         float(cy + x * std::sin(angle) + y * std::cos(angle)));
  }
  const cv::Mat m = cv::getPerspectiveTransform(src, dst);
  cv::Mat warped, mask;
  cv::warpPerspective(code, warped, m, frame.size(), cv::INTER_AREA, cv::BORDER_CONSTANT, cv::Scalar(0));
  cv::warpPerspective(cv::Mat(code.size(), CV_8UC1, cv::Scalar(255)), mask, m, frame.size(), cv::INTER_LINEAR,
                      cv::BORDER_CONSTANT, cv::Scalar(0));
  // Alpha blend along the edge so the print's border is not a hard synthetic step.
  for (int y = 0; y < frame.rows; ++y) {
    auto* f = frame.ptr<std::uint8_t>(y);
    const auto* p = warped.ptr<std::uint8_t>(y);
    const auto* a = mask.ptr<std::uint8_t>(y);
    for (int x = 0; x < frame.cols; ++x) {
      if (a[x]) f[x] = static_cast<std::uint8_t>((p[x] * a[x] + f[x] * (255 - a[x])) / 255);
    }
  }
}

// The camera: uneven light, optics blur, sometimes motion blur, sensor noise, JPEG.
void degrade(Rng& rng, cv::Mat& frame, bool jpeg) {
  cv::Mat f;
  frame.convertTo(f, CV_32F);
  const double gain = uniform(rng, 0.6, 1.1), offset = uniform(rng, -10, 25);
  f = f * gain + offset;
  const double sigma = uniform(rng, 0.0, 1.4);
  if (sigma > 0.3) cv::GaussianBlur(f, f, cv::Size(0, 0), sigma);
  if (uniform(rng, 0, 1) < 0.25) {
    const int len = uniformInt(rng, 3, 7);
    cv::Mat kernel = cv::Mat::zeros(len, len, CV_32F);
    kernel.row(len / 2).setTo(1.0f / static_cast<float>(len));
    cv::filter2D(f, f, -1, kernel);
  }
  cv::Mat noise(f.size(), CV_32F);
  cv::randn(noise, 0, uniform(rng, 2, 7));  // cv::theRNG() is seeded by the caller
  f += noise;
  f.convertTo(frame, CV_8U);
  if (jpeg) {
    std::vector<std::uint8_t> buffer;
    cv::imencode(".jpg", frame, buffer, {cv::IMWRITE_JPEG_QUALITY, uniformInt(rng, 70, 95)});
    frame = cv::imdecode(buffer, cv::IMREAD_GRAYSCALE);
  }
}

}  // namespace

const std::vector<std::string>& badgePayloads() {
  static const std::vector<std::string> payloads{
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:D'Angelo;Niccolò;;;\r\nFN:Niccolò D'Angelo\r\nORG:Officina Università srl\r\n"
      "TITLE:Responsabile qualità\r\nTEL;TYPE=WORK:+39 075 555 0199\r\nEMAIL:niccolo.dangelo@example.it\r\n"
      "ADR;TYPE=WORK:;;Via Mazzini 3;Perugia;PG;06121;Italia\r\nEND:VCARD\r\n",
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brontë;Chloé;;;\r\nFN:Chloé Brontë\r\nORG:Zoë Ltd\r\nEMAIL:chloe@example.com\r\n"
      "TEL:+44 20 7123 4567\r\nEND:VCARD\r\n",
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Forlì;Àngela;;;\r\nORG:Caffè Sàn Marco\r\nEMAIL:angela@example.it\r\nEND:VCARD\r\n",
      "MECARD:N:Bianchi,Giulia;ORG:Ceramiche Bianchi srl;TEL:+39 075 123 4567;EMAIL:giulia.bianchi@example.it;;",
      "SB4711-2026-PID-0042",
      "EVT26:7F3A9C21D4E8",
  };
  return payloads;
}

cv::Mat renderQr(const std::string& text, int modulePx) {
  QRcode* code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()),
                                   0, QR_ECLEVEL_M);
  if (!code) throw std::runtime_error("libqrencode could not encode the payload");
  const int quiet = 4;
  const int side = (code->width + quiet * 2) * modulePx;
  cv::Mat out(side, side, CV_8UC1, cv::Scalar(245));
  for (int y = 0; y < code->width; ++y) {
    for (int x = 0; x < code->width; ++x) {
      if (code->data[y * code->width + x] & 1) {
        out(cv::Rect((x + quiet) * modulePx, (y + quiet) * modulePx, modulePx, modulePx)).setTo(20);
      }
    }
  }
  QRcode_free(code);
  return out;
}

std::vector<Scene> generateScenes(const SceneOptions& options) {
  Rng rng(options.seed);
  cv::theRNG().state = options.seed;
  std::vector<Scene> scenes;
  scenes.reserve(static_cast<std::size_t>(options.count));
  const auto& payloads = badgePayloads();
  for (int i = 0; i < options.count; ++i) {
    Scene scene;
    scene.gray = background(rng, options.width, options.height);
    const double pick = uniform(rng, 0, 1);
    const double scale = options.height / 720.0;
    if (pick < options.emptyShare) {
      scene.kind = CodeKind::None;
    } else if (pick < options.emptyShare + (1 - options.emptyShare) * options.qrShare) {
      scene.kind = CodeKind::Qr;
      scene.expected = payloads[static_cast<std::size_t>(i) % payloads.size()];
      scene.codeSidePx = static_cast<int>(uniform(rng, 200, 440) * scale);
      paste(rng, scene.gray, renderQr(scene.expected, 8), scene.codeSidePx, 180, 0.12);
    } else {
      const bool ean = uniform(rng, 0, 1) < 0.5;
      scene.kind = ean ? CodeKind::Ean13 : CodeKind::Code128;
      scene.expected = ean ? ean13(rng) : code128(rng);
      scene.codeSidePx = static_cast<int>(uniform(rng, 400, 600) * scale);
      paste(rng, scene.gray,
            renderLinear(scene.expected, ean ? ZXing::BarcodeFormat::EAN13 : ZXing::BarcodeFormat::Code128, 760, 300),
            scene.codeSidePx, 12, 0.05);
    }
    degrade(rng, scene.gray, options.jpeg);
    scenes.push_back(std::move(scene));
  }
  return scenes;
}

}  // namespace kiosk::scenes
