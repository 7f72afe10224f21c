#include "kiosk/leads/demo_leads.h"

#include <array>
#include <string>

#include "kiosk/leads/uuid.h"

namespace kiosk::leads {
namespace {

constexpr std::array<std::string_view, 8> kFirst{"Zoë", "Niccolò", "Giulia", "Mario", "Françoise", "Lucía", "Ettore",
                                                 "Chiara"};
constexpr std::array<std::string_view, 7> kLast{"Rossi", "D'Angelo", "Bianchi", "Müller", "Esposito", "Perché",
                                                "Colombo"};
constexpr std::array<std::string_view, 5> kCompany{"Officina Rossi S.r.l.", "Tessitura Comò S.p.A.",
                                                   "Caseificio Bianchi & Figli", "Studio \"Alfa\" Snc",
                                                   "Meccanica Perugina Srl"};
constexpr std::array<std::string_view, 4> kSize{"micro", "small", "medium", "large"};
constexpr std::array<std::string_view, 9> kArea{"A", "B", "C", "D", "E", "F", "G", "H", "I"};

}  // namespace

Lead makeDemoLead(std::size_t n, std::string_view eventName, std::string_view kioskId, Clock::time_point at) {
  const std::string tag = newUuid().substr(0, 8);
  Lead lead;
  LeadFields& f = lead.fields;
  f.firstName = kFirst[n % kFirst.size()];
  f.lastName = kLast[n % kLast.size()];
  f.company = kCompany[n % kCompany.size()];
  f.role = n % 2 ? "Titolare" : "Responsabile produzione";
  f.email = "demo." + std::to_string(n) + "." + tag + "@example.it";
  f.phone = "+39 3" + std::to_string(10 + n % 90) + " " + std::to_string(1000000 + (n * 7919) % 9000000);
  f.municipality = "Perugia (PG)";
  f.sector = "C";
  f.companySize = kSize[n % kSize.size()];
  f.interests = {std::string(kArea[n % kArea.size()]), std::string(kArea[(n + 3) % kArea.size()])};
  f.note = n % 3 == 0 ? "Interessato a un check-up digitale; richiamare dopo le 17:00." : "";
  lead.consents = {
      Consent{ConsentKind::ServiceContact, true, "privacy-2024-1",
              "Acconsento a essere ricontattato dal PID in merito ai suoi servizi.", "it", at},
      Consent{ConsentKind::Marketing, n % 2 == 0, "privacy-2024-1",
              "Acconsento a ricevere la newsletter e gli inviti agli eventi della Camera.", "it", at},
  };
  lead.context.kioskId = std::string(kioskId);
  lead.context.eventName = std::string(eventName);
  lead.context.demosTried = {"3d-printing", "rfid"};
  lead.context.assessmentResultId = n % 4 == 0 ? newUuid() : "";
  return lead;
}

}  // namespace kiosk::leads
