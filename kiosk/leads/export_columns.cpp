#include "kiosk/leads/export_columns.h"

#include <vector>

namespace kiosk::leads {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string answer(const ConsentState& consent) { return consent.asked ? (consent.granted ? "yes" : "no") : ""; }

constexpr ExportColumn kColumns[] = {
    {"lead_id", CellKind::Text, [](const LeadRecord& r) { return r.id; }},
    {"created_at", CellKind::DateTime, [](const LeadRecord& r) { return r.createdAt; }},
    {"updated_at", CellKind::DateTime, [](const LeadRecord& r) { return r.updatedAt; }},
    {"event_name", CellKind::Text, [](const LeadRecord& r) { return r.eventName; }},
    {"kiosk_id", CellKind::Text, [](const LeadRecord& r) { return r.kioskId; }},
    {"first_name", CellKind::Text, [](const LeadRecord& r) { return r.fields.firstName; }},
    {"last_name", CellKind::Text, [](const LeadRecord& r) { return r.fields.lastName; }},
    {"company", CellKind::Text, [](const LeadRecord& r) { return r.fields.company; }},
    {"role", CellKind::Text, [](const LeadRecord& r) { return r.fields.role; }},
    {"email", CellKind::Text, [](const LeadRecord& r) { return r.fields.email; }},
    {"phone", CellKind::Text, [](const LeadRecord& r) { return r.fields.phone; }},
    {"municipality", CellKind::Text, [](const LeadRecord& r) { return r.fields.municipality; }},
    {"sector", CellKind::Text, [](const LeadRecord& r) { return r.fields.sector; }},
    {"company_size", CellKind::Text, [](const LeadRecord& r) { return r.fields.companySize; }},
    {"interests", CellKind::Text, [](const LeadRecord& r) { return joined(r.fields.interests); }},
    {"note", CellKind::Text, [](const LeadRecord& r) { return r.fields.note; }},
    {"visits", CellKind::Number, [](const LeadRecord& r) { return std::to_string(r.visits); }},
    {"demos_tried", CellKind::Text, [](const LeadRecord& r) { return joined(r.demosTried); }},
    {"assessment_result_id", CellKind::Text, [](const LeadRecord& r) { return r.assessmentResultId; }},
    {"consent_service_contact", CellKind::Text, [](const LeadRecord& r) { return answer(r.serviceContact); }},
    {"consent_service_contact_at", CellKind::DateTime, [](const LeadRecord& r) { return r.serviceContact.givenAt; }},
    {"consent_service_contact_notice", CellKind::Text,
     [](const LeadRecord& r) { return r.serviceContact.noticeVersion; }},
    {"consent_marketing", CellKind::Text, [](const LeadRecord& r) { return answer(r.marketing); }},
    {"consent_marketing_at", CellKind::DateTime, [](const LeadRecord& r) { return r.marketing.givenAt; }},
    {"consent_marketing_notice", CellKind::Text, [](const LeadRecord& r) { return r.marketing.noticeVersion; }},
    {"badge_ref", CellKind::Text, [](const LeadRecord& r) { return r.badgeRef; }},
};

}  // namespace

std::span<const ExportColumn> exportColumns() { return kColumns; }

}  // namespace kiosk::leads
