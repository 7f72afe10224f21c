// ar-calibrate: the AR camera's intrinsics from a ChArUco board.
//   ar-calibrate board --out board.png [--pdf board.pdf]     print it at 100% (A4), glue it flat
//   ar-calibrate calibrate --images DIR --out camera.yml     15-25 photos of the board, varied angles
//   ar-calibrate calibrate --camera /dev/video0 --out camera.yml   takes a view every second
//   ar-calibrate synthetic --out DIR                         generated views, to try it without a camera
// Point [camera] intrinsics in kiosk.toml at the output file.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <opencv2/imgcodecs.hpp>

#include "demos/ar/charuco_calibration.h"
#include "demos/ar/intrinsics.h"
#include "devices/camera/camera_spec.h"
#include "devices/camera/make_source.h"
#include "pdf_pages.h"

namespace ar = kiosk::demos::ar;
namespace cam = kiosk::devices::camera;

namespace {

std::vector<cv::Mat> imagesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const auto ext = e.path().extension().string();
    if (ext == ".png" || ext == ".jpg" || ext == ".jpeg") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<cv::Mat> images;
  for (const auto& f : files) {
    cv::Mat image = cv::imread(f.string(), cv::IMREAD_GRAYSCALE);
    if (image.empty()) std::cerr << "ar-calibrate: skipping " << f << ": cannot decode\n";
    else images.push_back(image);
  }
  return images;
}

std::vector<cv::Mat> fromCamera(const std::string& source, int frames, int width, int height) {
  cam::CameraSpec defaults;
  defaults.width = width;
  defaults.height = height;
  auto spec = cam::parseCameraSource(source, defaults);
  if (!spec) throw std::runtime_error(spec.error().message);
  auto camera = cam::makeSource(*spec);
  if (auto opened = camera->open(); !opened) throw std::runtime_error(opened.error().message);
  std::vector<cv::Mat> views;
  std::cout << "ar-calibrate: move the board around, one view per second (" << frames << " views)\n";
  auto last = std::chrono::steady_clock::now() - std::chrono::seconds(2);
  while (static_cast<int>(views.size()) < frames) {
    auto frame = camera->grab();
    if (!frame) throw std::runtime_error(frame.error().message);
    if (std::chrono::steady_clock::now() - last < std::chrono::seconds(1)) continue;
    last = std::chrono::steady_clock::now();
    views.push_back(*frame);
    std::cout << "  view " << views.size() << "\n";
  }
  return views;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("ar-calibrate: ChArUco board, camera calibration and the intrinsics file the AR demo reads");
  app.require_subcommand(1);
  ar::BoardSpec spec;
  auto* board = app.add_subcommand("board", "write the printable board (PNG, and PDF for printing at 100%)");
  std::string boardOut = "charuco-board.png";
  std::string boardPdf;
  board->add_option("--out", boardOut, "PNG file");
  board->add_option("--pdf", boardPdf, "PDF file at the physical size");

  auto* calibrate = app.add_subcommand("calibrate", "compute the intrinsics from views of the board");
  std::string images;
  std::string camera;
  std::string out = "camera.yml";
  int frames = 20;
  int width = 1280;
  int height = 720;
  auto* imagesOpt = calibrate->add_option("--images", images, "folder of photos of the board")->check(CLI::ExistingDirectory);
  auto* cameraOpt = calibrate->add_option("--camera", camera, "take the views from this camera (/dev/videoN, file:PATH)");
  imagesOpt->excludes(cameraOpt);
  calibrate->add_option("--frames", frames, "views to take from the camera")->check(CLI::Range(4, 200));
  calibrate->add_option("--width", width, "camera width");
  calibrate->add_option("--height", height, "camera height");
  calibrate->add_option("--out", out, "intrinsics file (OpenCV YAML)");

  auto* synthetic = app.add_subcommand("synthetic", "write generated views of the board (a 1280x720 camera, fx 1000)");
  std::string synthOut = "charuco-views";
  synthetic->add_option("--out", synthOut, "folder");
  CLI11_PARSE(app, argc, argv);

  try {
    if (*board) {
      const double dpi = 300;
      const cv::Mat image = ar::boardImage(spec, dpi / 25.4);
      if (!cv::imwrite(boardOut, image)) throw std::runtime_error("cannot write " + boardOut);
      std::cout << "ar-calibrate: " << boardOut << " (" << spec.squaresX << "x" << spec.squaresY << " squares of "
                << spec.squareMm << " mm at " << dpi << " dpi)\n";
      if (!boardPdf.empty()) {
        if (auto written = ar::writeImagePdf(boardPdf, {image}, dpi); !written) throw std::runtime_error(written.error());
        std::cout << "ar-calibrate: " << boardPdf << " (print at 100%, check a square measures " << spec.squareMm << " mm)\n";
      }
      return 0;
    }
    if (*synthetic) {
      std::filesystem::create_directories(synthOut);
      const cv::Matx33d k(1000, 0, 639.5, 0, 1000, 359.5, 0, 0, 1);
      const auto views = ar::renderBoardViews(spec, k, {1280, 720}, 15, 1);
      for (std::size_t i = 0; i < views.size(); ++i)
        cv::imwrite((std::filesystem::path(synthOut) / ("view-" + std::to_string(100 + i) + ".png")).string(), views[i]);
      std::cout << "ar-calibrate: " << views.size() << " views in " << synthOut << "\n";
      return 0;
    }
    std::vector<cv::Mat> views;
    if (!images.empty()) views = imagesIn(images);
    else if (!camera.empty()) views = fromCamera(camera, frames, width, height);
    else throw std::runtime_error("calibrate needs --images DIR or --camera SOURCE");
    auto result = ar::calibrateFromViews(views, spec);
    if (!result) throw std::runtime_error(result.error());
    if (auto saved = ar::saveIntrinsics(result->intrinsics, out); !saved) throw std::runtime_error(saved.error());
    const auto& k = result->intrinsics.cameraMatrix;
    std::cout << "ar-calibrate: " << result->viewsUsed << " views used, " << result->viewsRejected
              << " rejected; fx " << k(0, 0) << " fy " << k(1, 1) << " cx " << k(0, 2) << " cy " << k(1, 2)
              << "; reprojection error " << result->intrinsics.rmsErrorPx << " px\n"
              << "ar-calibrate: wrote " << out << " (set [camera] intrinsics to it)\n";
    if (result->intrinsics.rmsErrorPx > 1.0)
      std::cout << "ar-calibrate: the error is high: retake sharper, flatter views covering the whole image\n";
  } catch (const std::exception& e) {
    std::cerr << "ar-calibrate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
