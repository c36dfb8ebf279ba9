// SPDX-License-Identifier: GPL-3.0-or-later
// The phrase set finds exactly the phrases std::string_view::find finds, overlapping,
// nested, repeated and duplicated ones included.
#include "common/phrase_set.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

using namespace bn;

namespace {

std::vector<bool> naive(const std::vector<std::string> &phrases, std::string_view text)
{
    std::vector<bool> out;
    for (const std::string &p : phrases)
        out.push_back(text.find(p) != std::string_view::npos);
    return out;
}

} // namespace

class TestPhraseSet : public QObject
{
    Q_OBJECT

private slots:
    void findsOverlappingAndNestedPhrases()
    {
        const std::vector<std::string> phrases{"he", "she", "his", "hers", "user unknown", "unknown", "user", "she"};
        const PhraseSet set(phrases);
        QCOMPARE(set.size(), 8);
        std::vector<bool> found;
        set.find("ushers", found);
        QCOMPARE(found, naive(phrases, "ushers"));
        QVERIFY(found[0] && found[1] && found[3] && found[7] && !found[2]);
        set.find("550 user unknown", found);
        QCOMPARE(found, naive(phrases, "550 user unknown"));
        set.find("", found);
        QCOMPARE(found, std::vector<bool>(8, false));
    }

    void emptyPhraseIsEverywhere()
    {
        const PhraseSet set({"", "a"});
        std::vector<bool> found;
        set.find("", found);
        QCOMPARE(found, (std::vector<bool>{true, false}));
        set.find("bab", found);
        QCOMPARE(found, (std::vector<bool>{true, true}));
    }

    void emptySetFindsNothing()
    {
        const PhraseSet set;
        std::vector<bool> found{true};
        set.find("anything", found);
        QVERIFY(found.empty());
    }

    void agreesWithFindOnRandomTexts()
    {
        QRandomGenerator random(42);
        const auto word = [&](int maxLength) {
            std::string s;
            const int n = int(random.bounded(maxLength + 1));
            for (int i = 0; i < n; ++i)
                s += char('a' + random.bounded(3)); // a tiny alphabet: many overlaps
            return s;
        };
        for (int round = 0; round < 200; ++round) {
            std::vector<std::string> phrases;
            for (int i = 0; i < 12; ++i)
                phrases.push_back(word(5));
            phrases.push_back("\xc3\xa9t\xc3\xa9"); // UTF-8 bytes are bytes
            const PhraseSet set(phrases);
            for (int t = 0; t < 10; ++t) {
                std::string text = word(40);
                if (t == 0)
                    text += "\xc3\xa9t\xc3\xa9";
                std::vector<bool> found;
                set.find(text, found);
                QCOMPARE(found, naive(phrases, text));
            }
        }
    }

    void severalThreadsSearchingAFreshSetAgree()
    {
        // The transition table is filled while searching: threads that fill it at the same
        // time must all get the right answers (run under the sanitizers too).
        QRandomGenerator random(7);
        std::vector<std::string> phrases;
        for (int i = 0; i < 300; ++i) {
            std::string p;
            for (int n = 1 + int(random.bounded(8)); n > 0; --n)
                p += char('a' + random.bounded(6));
            phrases.push_back(p);
        }
        std::vector<std::string> texts;
        for (int i = 0; i < 64; ++i) {
            std::string t;
            for (int n = 0; n < 400; ++n)
                t += char('a' + random.bounded(7)); // 'g' is in no phrase
            texts.push_back(t);
        }
        const PhraseSet set(phrases);
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int k = 0; k < 4; ++k) {
            threads.emplace_back([&, k] {
                std::vector<bool> found;
                for (size_t i = 0; i < texts.size(); ++i) {
                    const std::string &t = texts[(i + size_t(k) * 16) % texts.size()];
                    set.find(t, found);
                    if (found != naive(phrases, t))
                        ++wrong;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_APPLESS_MAIN(TestPhraseSet)
#include "test_phrase_set.moc"
