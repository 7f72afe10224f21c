// TraceabilityScreen: the RFID/barcode traceability demo. It waits for a visitor to scan one of the
// tagged sample products on the demo table, then shows the product's journey on a timeline (origin,
// dated steps with places) next to its picture. An unknown tag, a badge or garbage says kindly that
// this is not one of our samples. Scans arrive through ReaderDesk (the app's reader worker); the
// screen keeps only the product found, never the scanned text.
#pragma once

#include "demos/traceability/product_catalog.h"
#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class TraceabilityScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Traceability; }
  void draw(UiContext& ctx) override;
  void onEnter(UiContext& ctx) override;
  void onSessionEnded() override;

 private:
  enum class Showing { Waiting, Product, Unknown };

  void takeScan(UiContext& ctx);
  void drawWaiting(UiContext& ctx, float top);
  void drawUnknown(UiContext& ctx, float top);
  void drawProduct(UiContext& ctx, float top, const demos::TracedProduct& product);
  void drawTimeline(UiContext& ctx, ImVec2 pos, ImVec2 size, const demos::TracedProduct& product);

  Showing m_showing = Showing::Waiting;
  const demos::TracedProduct* m_product = nullptr;  // into ctx.state.reader.products, loaded once at start-up
};

}  // namespace kiosk::ui
