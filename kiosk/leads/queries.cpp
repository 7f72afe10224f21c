#include "kiosk/leads/queries.h"

#include <map>

#include "kiosk/leads/json.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/leads/validation.h"

namespace kiosk::leads {
namespace {

// Multi-valued columns come back joined with the unit separator (char 31), which
// validation keeps out of every stored code.
constexpr std::string_view kSelect = R"sql(
SELECT l.lead_id, l.created_at, l.updated_at, l.kiosk_id, l.event_name,
  l.first_name, l.last_name, l.company, l.role, l.email, l.phone, l.municipality, l.sector, l.company_size,
  (SELECT group_concat(value, char(31)) FROM json_each(l.interests)),
  l.note,
  (SELECT count(*) FROM visit v WHERE v.lead_id = l.lead_id),
  (SELECT group_concat(value, char(31)) FROM (SELECT DISTINCT j.value AS value
     FROM visit v, json_each(v.demos_tried) j WHERE v.lead_id = l.lead_id ORDER BY j.value)),
  (SELECT v.assessment_result_id FROM visit v WHERE v.lead_id = l.lead_id AND v.assessment_result_id <> ''
     ORDER BY v.visited_at DESC LIMIT 1),
  sc.granted, sc.notice_version, sc.given_at,
  mk.granted, mk.notice_version, mk.given_at,
  (SELECT v.badge_ref FROM visit v WHERE v.lead_id = l.lead_id AND v.badge_ref <> ''
     ORDER BY v.visited_at DESC LIMIT 1)
FROM lead l
LEFT JOIN consent sc ON sc.consent_id = (SELECT c.consent_id FROM consent c
  WHERE c.lead_id = l.lead_id AND c.kind = 'service_contact' ORDER BY c.given_at DESC, c.rowid DESC LIMIT 1)
LEFT JOIN consent mk ON mk.consent_id = (SELECT c.consent_id FROM consent c
  WHERE c.lead_id = l.lead_id AND c.kind = 'marketing' ORDER BY c.given_at DESC, c.rowid DESC LIMIT 1)
WHERE 1
)sql";

ConsentState consentAt(const sqlite::Statement& stmt, int column) {
  ConsentState state;
  state.asked = !stmt.columnIsNull(column);
  state.granted = stmt.columnInt(column) != 0;
  state.noticeVersion = stmt.columnText(column + 1);
  state.givenAt = stmt.columnText(column + 2);
  return state;
}

LeadRecord readRecord(const sqlite::Statement& stmt) {
  LeadRecord r;
  int i = 0;
  r.id = stmt.columnText(i++);
  r.createdAt = stmt.columnText(i++);
  r.updatedAt = stmt.columnText(i++);
  r.kioskId = stmt.columnText(i++);
  r.eventName = stmt.columnText(i++);
  r.fields.firstName = stmt.columnText(i++);
  r.fields.lastName = stmt.columnText(i++);
  r.fields.company = stmt.columnText(i++);
  r.fields.role = stmt.columnText(i++);
  r.fields.email = stmt.columnText(i++);
  r.fields.phone = stmt.columnText(i++);
  r.fields.municipality = stmt.columnText(i++);
  r.fields.sector = stmt.columnText(i++);
  r.fields.companySize = stmt.columnText(i++);
  r.fields.interests = splitUnitSeparated(stmt.columnText(i++));
  r.fields.note = stmt.columnText(i++);
  r.visits = static_cast<int>(stmt.columnInt(i++));
  r.demosTried = splitUnitSeparated(stmt.columnText(i++));
  r.assessmentResultId = stmt.columnText(i++);
  r.serviceContact = consentAt(stmt, i);
  r.marketing = consentAt(stmt, i + 3);
  r.badgeRef = stmt.columnText(i + 6);
  return r;
}

// LIKE pattern matching `text` literally anywhere.
std::string containsPattern(std::string_view text) {
  std::string pattern = "%";
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

}  // namespace

Result<std::size_t> forEachLead(sqlite::Database& db, const LeadFilter& filter,
                                const std::function<void(const LeadRecord&)>& onLead) {
  // The SQL is assembled from constant fragments only; every value is a bound parameter.
  std::string sql(kSelect);
  std::vector<std::string> params;
  if (!filter.day.empty()) {
    const auto from = localDayStartUtc(filter.day);
    const auto next = nextDay(filter.day);
    const auto to = next ? localDayStartUtc(*next) : std::nullopt;
    if (!from || !to) return fail(ErrorCode::Invalid, "day must be YYYY-MM-DD");
    sql += " AND EXISTS (SELECT 1 FROM visit v WHERE v.lead_id = l.lead_id AND v.visited_at >= ? AND v.visited_at < ?)";
    params.push_back(*from);
    params.push_back(*to);
  }
  if (!filter.since.empty()) {
    const auto from = localDayStartUtc(filter.since);
    if (!from) return fail(ErrorCode::Invalid, "since must be YYYY-MM-DD");
    sql += " AND l.updated_at >= ?";
    params.push_back(*from);
  }
  if (!filter.event.empty()) {
    sql += " AND l.event_name = ?";
    params.push_back(filter.event);
  }
  if (const std::string name = trim(filter.name); !name.empty()) {
    sql +=
        " AND (l.first_name LIKE ? ESCAPE '\\' OR l.last_name LIKE ? ESCAPE '\\' OR l.company LIKE ? ESCAPE '\\'"
        " OR (l.first_name || ' ' || l.last_name) LIKE ? ESCAPE '\\')";
    params.insert(params.end(), 4, containsPattern(name));
  }
  if (!filter.email.empty()) {
    sql += " AND l.email_norm = ?";
    params.push_back(emailKey(filter.email));
  }
  sql += filter.newestFirst ? " ORDER BY l.created_at DESC, l.rowid DESC" : " ORDER BY l.created_at, l.rowid";
  sql += " LIMIT ? OFFSET ?";

  auto stmt = db.prepare(sql);
  if (!stmt) return tl::unexpected(stmt.error());
  int index = 1;
  for (const std::string& value : params) stmt->bindText(index++, value);
  stmt->bindInt(index++, filter.limit > 0 ? filter.limit : -1);
  stmt->bindInt(index, filter.offset);
  std::size_t count = 0;
  while (true) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    onLead(readRecord(*stmt));
    ++count;
  }
  return count;
}

Result<std::vector<DayCount>> countsPerDay(sqlite::Database& db, const std::string& event) {
  auto stmt = db.prepare(R"sql(
SELECT day, sum(new_leads), sum(visits) FROM (
  SELECT date(created_at, 'localtime') AS day, 1 AS new_leads, 0 AS visits FROM lead WHERE ?1 = '' OR event_name = ?1
  UNION ALL
  SELECT date(v.visited_at, 'localtime'), 0, 1 FROM visit v JOIN lead l ON l.lead_id = v.lead_id
    WHERE ?1 = '' OR l.event_name = ?1)
GROUP BY day ORDER BY day DESC)sql");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, event);
  std::vector<DayCount> counts;
  while (true) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    counts.push_back({stmt->columnText(0), stmt->columnInt(1), stmt->columnInt(2)});
  }
  return counts;
}

Result<std::vector<std::string>> eventNames(sqlite::Database& db) {
  auto stmt = db.prepare("SELECT DISTINCT event_name FROM lead ORDER BY event_name");
  if (!stmt) return tl::unexpected(stmt.error());
  std::vector<std::string> names;
  while (true) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    names.push_back(stmt->columnText(0));
  }
  return names;
}

}  // namespace kiosk::leads
