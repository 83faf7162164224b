// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include "householdrepository.h"
#include "memberrepository.h"
#include "sessionrepository.h"

namespace Posyandu::Test {

using namespace Posyandu::Storage;

Family makeFamily(TempStore &store)
{
    Family f;
    Household h;
    h.posyanduId = store.posyanduId();
    h.headName = QStringLiteral("Budi Santoso");
    h.rt = QStringLiteral("3");
    h.rw = QStringLiteral("1");
    h.villageCode = QStringLiteral("3578010001");
    f.householdId = HouseholdRepository(store.db()).save(h).value().id;
    MemberRepository members(store.db());
    auto add = [&](const char *name, const char *sex, const QDate &birth, const char *rel) {
        Member m;
        m.householdId = f.householdId;
        m.name = QLatin1String(name);
        m.sex = QLatin1String(sex);
        m.birthDate = birth;
        m.relationship = QLatin1String(rel);
        auto saved = members.save(m, kFamilyToday);
        return saved ? saved.value().id : QString();
    };
    f.father = add("Budi Santoso", "L", QDate(1991, 2, 1), "kepala_keluarga");
    f.mother = add("Siti Aminah", "P", QDate(1997, 5, 12), "istri");
    f.baby = add("Ahmad Rizky", "L", QDate(2026, 4, 10), "anak");
    f.toddler = add("Dewi Lestari", "P", QDate(2023, 6, 1), "anak");
    f.grandmother = add("Sumini", "P", QDate(1960, 1, 1), "orang_tua");
    return f;
}

SessionFixture::SessionFixture()
{
    auto c = IndicatorCatalog::load(store.db().sql());
    auto r = ScheduleRules::fromResources();
    if (!store.ok() || !c || !r)
        return;
    catalog = c.value();
    rules = r.value();
    family = makeFamily(store);
    auto s = SessionRepository(store.db()).openOrContinue(store.posyanduId(), kFamilyToday);
    sessionId = s ? s.value().id : QString();
    ok = !sessionId.isEmpty() && !family.grandmother.isEmpty();
}

} // namespace Posyandu::Test
