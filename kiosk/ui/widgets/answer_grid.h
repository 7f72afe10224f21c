// answerGrid: a matrix question (the grid of technologies): one row per item, one column per
// scale step plus "not relevant" and "don't know" where allowed. Each cell is a touch target
// of at least ~64 px; the chosen cell of a row is filled. Returns the tapped (row, value), if any.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct GridColumn {
  std::string value;  // option id, "n_a" or "dont_know"
  std::string label;
};

struct GridRow {
  std::string id;
  std::string label;
  std::string chosen;  // "" when not answered yet
};

[[nodiscard]] std::optional<std::pair<std::string, std::string>> answerGrid(const UiContext& ctx, ImVec2 pos,
                                                                            ImVec2 size,
                                                                            const std::vector<GridColumn>& columns,
                                                                            const std::vector<GridRow>& rows);

}  // namespace kiosk::ui
