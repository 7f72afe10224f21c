// PrinterDesk: the 3D-printer demo as the screens see it. The app fills it from the printer
// service's updates (worker thread -> mailbox -> UI thread); screens read it and send commands,
// they never touch the engine. Everything here is a copy, safe to read while the printer works.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "demos/printer/job_gallery.h"
#include "demos/printer/print_demo_flow.h"
#include "devices/marlin/printer_snapshot.h"

namespace kiosk::core {

// What a tap on the printer screen asks of the service.
struct PrinterCommand {
  enum class Kind { ChooseJob, ConfirmBedClear, Pause, Resume, Cancel, Finish };
  Kind kind = Kind::ChooseJob;
  std::string jobId;     // ChooseJob only
  bool byStaff = false;  // the screen checked the staff PIN (or staff mode) first
};

// A picture already on the GPU: an opaque handle for the UI layer (ImTextureID) and its size.
struct TextureRef {
  std::uintptr_t id = 0;
  int width = 0;
  int height = 0;
};

// One update from the printer service: the demo step and the printer, as they are now.
struct PrinterUpdate {
  demos::DemoView view;
  devices::marlin::PrinterSnapshot snapshot;
  bool haveSnapshot = false;  // false until the engine reported once
};

struct PrinterDesk {
  bool configured = false;            // [printer] has a port or USB ids
  bool serviceRunning = false;        // false in screenshots and when not configured
  demos::JobGallery gallery;          // loaded at start-up: cards, titles, thumbnails, durations
  std::string galleryProblem;         // why the gallery is empty, for staff
  std::optional<PrinterUpdate> latest;
  std::uint64_t revision = 0;         // +1 per update, for views that cache what they derive from it

  std::function<void(PrinterCommand)> send;  // to the service; empty when it does not run
  // Thumbnail textures, uploaded on first use by the platform layer; nullopt when unreadable.
  std::function<std::optional<TextureRef>(const std::filesystem::path&)> texture;

  [[nodiscard]] const demos::DemoView* view() const { return latest ? &latest->view : nullptr; }
  [[nodiscard]] const devices::marlin::PrinterSnapshot* snapshot() const {
    return latest && latest->haveSnapshot ? &latest->snapshot : nullptr;
  }
  // Connected and answering: jobs can be chosen.
  [[nodiscard]] bool ready() const {
    const auto* s = snapshot();
    return s && s->link == devices::marlin::LinkState::Ready;
  }
};

}  // namespace kiosk::core
