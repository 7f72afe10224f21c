// ar-cards: the printable marker cards of the AR demo, one per [[card]] of assets/ar/markers.toml:
// the marker at its printed size (marker_side_mm) with a white margin of two cells (the detector
// relies on it) and the technology area's title in Italian and English under it. PNG per card and
// one PDF with a page per card, at the physical size (print at 100%).
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>
#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <toml++/toml.h>

#include "demos/ar/marker_catalog.h"
#include "demos/ar/marker_geometry.h"
#include "demos/ar/synthetic_scene.h"
#include "pdf_pages.h"

namespace ar = kiosk::demos::ar;

namespace {

struct AreaTitles {
  std::string it;
  std::string en;
};

std::map<std::string, AreaTitles> loadAreaTitles(const std::filesystem::path& file) {
  std::map<std::string, AreaTitles> out;
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()));
  }
  if (const toml::array* areas = root["area"].as_array())
    for (const toml::node& node : *areas)
      if (const toml::table* area = node.as_table())
        out[(*area)["id"].value_or(std::string())] = {(*area)["title"]["it"].value_or(std::string()),
                                                      (*area)["title"]["en"].value_or(std::string())};
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("ar-cards: printable AR marker cards (marker + technology-area title) as PNG and PDF");
  std::filesystem::path root = std::filesystem::path(KIOSK_ASSETS_DIR);
  std::string cards = (root / "ar/markers.toml").string();
  std::string areas = (root / "content/technology-areas.toml").string();
  std::string out = "ar-cards";
  std::string font = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
  double dpi = 300;
  app.add_option("--cards", cards, "the cards file")->check(CLI::ExistingFile);
  app.add_option("--areas", areas, "the technology areas file")->check(CLI::ExistingFile);
  app.add_option("--out", out, "output folder");
  app.add_option("--font", font, "TrueType font for the titles")->check(CLI::ExistingFile);
  app.add_option("--dpi", dpi, "print resolution")->check(CLI::Range(100.0, 1200.0));
  CLI11_PARSE(app, argc, argv);

  try {
    const auto titles = loadAreaTitles(areas);
    std::set<std::string> codes;
    for (const auto& [code, t] : titles) codes.insert(code);
    auto catalog = ar::loadMarkerCatalog(cards, codes, {"it", "en"});
    if (!catalog) {
      for (const auto& e : catalog.error()) std::cerr << e << "\n";
      return 1;
    }
    auto ft = cv::freetype::createFreeType2();
    ft->loadFontData(font, 0);
    std::filesystem::create_directories(out);
    const double pxPerMm = dpi / 25.4;
    const int cell = static_cast<int>(std::lround(catalog->markerSideMm / ar::kMarkerCells * pxPerMm));
    const int marker = cell * ar::kMarkerCells;
    const int margin = 2 * cell;
    const int textArea = static_cast<int>(34 * pxPerMm);
    std::vector<cv::Mat> pages;
    for (const auto& card : catalog->cards) {
      // Colour page: FreeType draws on 3 channels only.
      cv::Mat page(marker + 2 * margin + textArea, marker + 2 * margin, CV_8UC3, cv::Scalar::all(255));
      cv::Mat markerBgr;
      cv::cvtColor(ar::markerImage(ar::MarkerFamily::Aruco6x6, card.marker, cell), markerBgr, cv::COLOR_GRAY2BGR);
      markerBgr.copyTo(page(cv::Rect(margin, margin, marker, marker)));
      const auto& t = titles.at(card.area);
      const int fontPx = static_cast<int>(6 * pxPerMm);
      int y = marker + margin + static_cast<int>(4 * pxPerMm);
      for (const std::string* line : {&t.it, &t.en}) {
        int baseline = 0;
        const cv::Size size = ft->getTextSize(*line, fontPx, -1, &baseline);
        ft->putText(page, *line, {std::max(margin / 2, (page.cols - size.width) / 2), y}, fontPx,
                    line == &t.it ? cv::Scalar::all(0) : cv::Scalar::all(90), -1, cv::LINE_AA, false);
        y += fontPx + static_cast<int>(4 * pxPerMm);
      }
      const std::string note = "PID AR · " + card.area + " · marker " + std::to_string(card.marker);
      ft->putText(page, note, {margin, page.rows - static_cast<int>(4 * pxPerMm) - fontPx / 2}, fontPx / 2,
                  cv::Scalar::all(140), -1, cv::LINE_AA, false);
      cv::rectangle(page, {0, 0, page.cols, page.rows}, cv::Scalar::all(200), 2);  // cut line
      const auto png = std::filesystem::path(out) / ("card-" + std::to_string(card.marker) + "-" + card.area + ".png");
      if (!cv::imwrite(png.string(), page)) throw std::runtime_error("cannot write " + png.string());
      pages.push_back(page);
    }
    const auto pdf = std::filesystem::path(out) / "ar-cards.pdf";
    if (auto written = ar::writeImagePdf(pdf, pages, dpi); !written) throw std::runtime_error(written.error());
    std::cout << "ar-cards: " << pages.size() << " cards (marker " << catalog->markerSideMm << " mm) in " << out
              << "; print " << pdf.filename().string() << " at 100%\n";
  } catch (const std::exception& e) {
    std::cerr << "ar-cards: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
