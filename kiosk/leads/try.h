// LEADS_TRY(expr): return the error of a Result<void>-like expression, else carry on.
// Internal to kiosk/leads; keeps the many-step transactions readable.
#pragma once

#include <utility>

#define LEADS_TRY(expr)                                    \
  if (auto leadsTryResult = (expr); !leadsTryResult) \
  return tl::unexpected(std::move(leadsTryResult.error()))
