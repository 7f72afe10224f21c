#include "kiosk/ui/screen_registry.h"

#include <memory>

#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/screens/assessment_code_screen.h"
#include "kiosk/ui/screens/assessment_question_screen.h"
#include "kiosk/ui/screens/assessment_results_screen.h"
#include "kiosk/ui/screens/assessment_screen.h"
#include "kiosk/ui/screens/attract_screen.h"
#include "kiosk/ui/screens/contact_done_screen.h"
#include "kiosk/ui/screens/contact_screen.h"
#include "kiosk/ui/screens/demos_screen.h"
#include "kiosk/ui/screens/home_screen.h"
#include "kiosk/ui/screens/library_player_screen.h"
#include "kiosk/ui/screens/library_screen.h"
#include "kiosk/ui/screens/printer_screen.h"
#include "kiosk/ui/screens/staff_dashboard_screen.h"
#include "kiosk/ui/screens/ar_screen.h"
#include "kiosk/ui/screens/staff_leads_screen.h"
#include "kiosk/ui/screens/staff_panel_screen.h"
#include "kiosk/ui/screens/staff_pin_screen.h"
#include "kiosk/ui/screens/traceability_screen.h"

namespace kiosk::ui {

void registerScreens(Navigator& nav) {
  nav.add(std::make_unique<AttractScreen>());
  nav.add(std::make_unique<HomeScreen>());
  // The self-assessment's screens share one visitor's way through it.
  auto assessment = std::make_shared<AssessmentFlow>();
  nav.add(std::make_unique<AssessmentScreen>(assessment));
  nav.add(std::make_unique<AssessmentQuestionScreen>(assessment));
  nav.add(std::make_unique<AssessmentResultsScreen>(assessment));
  nav.add(std::make_unique<AssessmentCodeScreen>(assessment));
  nav.add(std::make_unique<DemosScreen>());
  // The library grid and its player share the visitor's filters and choice.
  auto media = std::make_shared<MediaSelection>();
  nav.add(std::make_unique<LibraryScreen>(media));
  nav.add(std::make_unique<LibraryPlayerScreen>(media));
  nav.add(std::make_unique<ContactScreen>());
  nav.add(std::make_unique<ContactDoneScreen>());
  nav.add(std::make_unique<StaffPinScreen>());
  nav.add(std::make_unique<StaffPanelScreen>());
  nav.add(std::make_unique<PrinterScreen>());
  nav.add(std::make_unique<ArScreen>());
  nav.add(std::make_unique<StaffLeadsScreen>());
  nav.add(std::make_unique<TraceabilityScreen>());
  nav.add(std::make_unique<StaffDashboardScreen>());
}

}  // namespace kiosk::ui
