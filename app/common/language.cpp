// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace bn {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString chooseLanguage(const QString &configured, const QStringList &systemLanguages)
{
    const QStringList supported = supportedLanguages();
    if (supported.contains(configured))
        return configured;
    for (const QString &ui : systemLanguages) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (supported.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

namespace {

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString installedLanguage()
{
    return currentLanguage();
}

bool installTranslators(const QString &language)
{
    currentLanguage() = language;
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &t : installed)
        QCoreApplication::removeTranslator(t.get());
    installed.clear();
    if (language == QLatin1String("en"))
        return true;

    bool ok = true;
    // One catalogue per library; the UI's is absent in the command line.
    for (const char *catalogue : {"core_", "ui_"}) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QLatin1String(catalogue) + language, QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(translator.get());
            installed.push_back(std::move(translator));
        } else if (qstrcmp(catalogue, "core_") == 0) {
            ok = false;
        }
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    return ok;
}

} // namespace bn
