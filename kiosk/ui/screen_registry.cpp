#include "kiosk/ui/screen_registry.h"

#include <memory>

#include "kiosk/ui/screens/assessment_screen.h"
#include "kiosk/ui/screens/attract_screen.h"
#include "kiosk/ui/screens/contact_done_screen.h"
#include "kiosk/ui/screens/contact_screen.h"
#include "kiosk/ui/screens/demos_screen.h"
#include "kiosk/ui/screens/home_screen.h"
#include "kiosk/ui/screens/library_screen.h"
#include "kiosk/ui/screens/staff_leads_screen.h"
#include "kiosk/ui/screens/staff_panel_screen.h"
#include "kiosk/ui/screens/staff_pin_screen.h"

namespace kiosk::ui {

void registerScreens(Navigator& nav) {
  nav.add(std::make_unique<AttractScreen>());
  nav.add(std::make_unique<HomeScreen>());
  nav.add(std::make_unique<AssessmentScreen>());
  nav.add(std::make_unique<DemosScreen>());
  nav.add(std::make_unique<LibraryScreen>());
  nav.add(std::make_unique<ContactScreen>());
  nav.add(std::make_unique<ContactDoneScreen>());
  nav.add(std::make_unique<StaffPinScreen>());
  nav.add(std::make_unique<StaffPanelScreen>());
  nav.add(std::make_unique<StaffLeadsScreen>());
}

}  // namespace kiosk::ui
