#include "kiosk/leads/lead_writer.h"

#include "kiosk/leads/json.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/leads/try.h"
#include "kiosk/leads/uuid.h"
#include "kiosk/leads/validation.h"

namespace kiosk::leads {
namespace {

Result<std::string> existingVisitLead(sqlite::Database& db, const std::string& visitId) {
  auto stmt = db.prepare("SELECT lead_id FROM visit WHERE visit_id = ?");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, visitId);
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->columnText(0) : std::string();
}

// The oldest lead with this email key in this event, "" if none.
Result<std::string> duplicateOf(sqlite::Database& db, const std::string& event, const std::string& key) {
  if (key.empty()) return std::string();
  auto stmt = db.prepare(
      "SELECT lead_id FROM lead WHERE event_name = ? AND email_norm = ? AND email_norm <> '' "
      "ORDER BY created_at, rowid LIMIT 1");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, event).bindText(2, key);
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->columnText(0) : std::string();
}

// Binds the eleven form fields and the email key to ?first..?first+11, in form order.
void bindFields(sqlite::Statement& stmt, int first, const LeadFields& f, const std::string& emailNorm) {
  stmt.bindText(first, f.firstName)
      .bindText(first + 1, f.lastName)
      .bindText(first + 2, f.company)
      .bindText(first + 3, f.role)
      .bindText(first + 4, f.email)
      .bindText(first + 5, f.phone)
      .bindText(first + 6, f.municipality)
      .bindText(first + 7, f.sector)
      .bindText(first + 8, f.companySize)
      .bindText(first + 9, toJsonArray(f.interests))
      .bindText(first + 10, f.note)
      .bindText(first + 11, emailNorm);
}

Result<void> insertLead(sqlite::Database& db, const PreparedLead& p, const std::string& emailNorm) {
  auto stmt = db.prepare(
      "INSERT INTO lead (lead_id, kiosk_id, event_name, created_at, updated_at, first_name, last_name, company, role, "
      "email, phone, municipality, sector, company_size, interests, note, email_norm) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, p.leadId)
      .bindText(2, p.lead.context.kioskId)
      .bindText(3, p.lead.context.eventName)
      .bindText(4, p.submittedAt)
      .bindText(5, p.submittedAt);
  bindFields(*stmt, 6, p.lead.fields, emailNorm);
  return stmt->run();
}

// A returning visitor's newest non-empty answers win; blanks keep what was there.
Result<void> updateLead(sqlite::Database& db, const std::string& leadId, const PreparedLead& p,
                        const std::string& emailNorm) {
  auto stmt = db.prepare(
      "UPDATE lead SET "
      "first_name = coalesce(nullif(?1, ''), first_name), last_name = coalesce(nullif(?2, ''), last_name), "
      "company = coalesce(nullif(?3, ''), company), role = coalesce(nullif(?4, ''), role), "
      "email = coalesce(nullif(?5, ''), email), phone = coalesce(nullif(?6, ''), phone), "
      "municipality = coalesce(nullif(?7, ''), municipality), sector = coalesce(nullif(?8, ''), sector), "
      "company_size = coalesce(nullif(?9, ''), company_size), interests = coalesce(nullif(?10, '[]'), interests), "
      "note = coalesce(nullif(?11, ''), note), email_norm = coalesce(nullif(?12, ''), email_norm), "
      "updated_at = ?13, row_version = row_version + 1 WHERE lead_id = ?14");
  if (!stmt) return tl::unexpected(stmt.error());
  bindFields(*stmt, 1, p.lead.fields, emailNorm);
  stmt->bindText(13, p.submittedAt).bindText(14, leadId);
  return stmt->run();
}

Result<void> insertVisit(sqlite::Database& db, const std::string& leadId, const PreparedLead& p) {
  auto stmt = db.prepare(
      "INSERT INTO visit (visit_id, lead_id, visited_at, kiosk_id, demos_tried, assessment_result_id, badge_ref) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return tl::unexpected(stmt.error());
  const VisitContext& c = p.lead.context;
  stmt->bindText(1, p.visitId)
      .bindText(2, leadId)
      .bindText(3, p.submittedAt)
      .bindText(4, c.kioskId)
      .bindText(5, toJsonArray(c.demosTried))
      .bindText(6, c.assessmentResultId)
      .bindText(7, c.badgeRef);
  return stmt->run();
}

Result<void> insertConsents(sqlite::Database& db, const std::string& leadId, const PreparedLead& p) {
  auto stmt = db.prepare(
      "INSERT INTO consent (consent_id, lead_id, visit_id, kind, granted, notice_version, text_shown, language, "
      "given_at, kiosk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return tl::unexpected(stmt.error());
  for (std::size_t i = 0; i < p.lead.consents.size(); ++i) {
    const Consent& c = p.lead.consents[i];
    stmt->reset();
    stmt->bindText(1, p.consentIds[i])
        .bindText(2, leadId)
        .bindText(3, p.visitId)
        .bindText(4, toString(c.kind))
        .bindInt(5, c.granted ? 1 : 0)
        .bindText(6, c.noticeVersion)
        .bindText(7, c.textShown)
        .bindText(8, c.language)
        .bindText(9, formatUtc(c.givenAt))
        .bindText(10, p.lead.context.kioskId);
    LEADS_TRY(stmt->run());
  }
  return {};
}

// Outbox rows naming the lead's new state, the visit and its consents (the uploader reads
// their JSON from the schema's payload views when it sends).
Result<void> queueOutbox(sqlite::Database& db, const std::string& leadId, const PreparedLead& p) {
  static constexpr std::string_view kSql[] = {
      "INSERT INTO outbox (lead_id, entity, entity_id, op, created_at) VALUES (?1, 'lead', ?1, 'upsert', ?2)",
      "INSERT INTO outbox (lead_id, entity, entity_id, op, created_at) VALUES (?1, 'visit', ?3, 'upsert', ?2)",
      "INSERT INTO outbox (lead_id, entity, entity_id, op, created_at) "
      "SELECT ?1, 'consent', consent_id, 'upsert', ?2 FROM consent WHERE visit_id = ?3 ORDER BY rowid",
  };
  for (const std::string_view sql : kSql) {
    auto stmt = db.prepare(sql);
    if (!stmt) return tl::unexpected(stmt.error());
    stmt->bindText(1, leadId).bindText(2, p.submittedAt);
    if (stmt->parameterCount() >= 3) stmt->bindText(3, p.visitId);
    LEADS_TRY(stmt->run());
  }
  return {};
}

}  // namespace

PreparedLead prepareLead(Lead lead, Clock::time_point now) {
  PreparedLead p;
  p.leadId = newUuid();
  p.visitId = newUuid();
  for (std::size_t i = 0; i < lead.consents.size(); ++i) p.consentIds.push_back(newUuid());
  p.submittedAt = formatUtc(now);
  p.lead = std::move(lead);
  return p;
}

Result<WriteOutcome> writeLead(sqlite::Database& db, const PreparedLead& p) {
  auto tx = sqlite::Transaction::begin(db);
  if (!tx) return tl::unexpected(tx.error());

  auto earlier = existingVisitLead(db, p.visitId);
  if (!earlier) return tl::unexpected(earlier.error());
  if (!earlier->empty()) return WriteOutcome{*earlier, false, true};

  const std::string emailNorm = emailKey(p.lead.fields.email);
  auto duplicate = duplicateOf(db, p.lead.context.eventName, emailNorm);
  if (!duplicate) return tl::unexpected(duplicate.error());

  WriteOutcome outcome{duplicate->empty() ? p.leadId : *duplicate, !duplicate->empty(), false};
  if (outcome.merged) {
    LEADS_TRY(updateLead(db, outcome.leadId, p, emailNorm));
  } else {
    LEADS_TRY(insertLead(db, p, emailNorm));
  }
  LEADS_TRY(insertVisit(db, outcome.leadId, p));
  LEADS_TRY(insertConsents(db, outcome.leadId, p));
  LEADS_TRY(queueOutbox(db, outcome.leadId, p));
  LEADS_TRY(tx->commit());
  return outcome;
}

}  // namespace kiosk::leads
