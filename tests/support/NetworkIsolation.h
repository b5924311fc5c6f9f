#pragma once

// Puts the test process in a network namespace of its own, with only the loopback interface up,
// before any thread starts. A Samba domain controller can only listen on port 389; in its own
// namespace each test binary has its own 389, so tests run in parallel and never touch the
// machine's. Every process the test starts (samba, slapd, ldapsearch) shares the namespace.

namespace testsupport {

// Returns whether the process is now isolated (it needs root; elsewhere it stays as it was).
bool isolateNetwork();
bool networkIsolated();

} // namespace testsupport

// Test mains that isolate the network first (use instead of QTEST_MAIN / QTEST_GUILESS_MAIN); the
// test includes the application class it uses.
#define BRIDGEHEAD_TEST_MAIN(TestObject)                                                                     \
    int main(int argc, char *argv[]) {                                                                       \
        testsupport::isolateNetwork();                                                                       \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

// Models that use QIcon or QFont need a QGuiApplication, without widgets.
#define BRIDGEHEAD_GUI_TEST_MAIN(TestObject)                                                                 \
    int main(int argc, char *argv[]) {                                                                       \
        testsupport::isolateNetwork();                                                                       \
        QGuiApplication app(argc, argv);                                                                     \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }

#define BRIDGEHEAD_GUILESS_TEST_MAIN(TestObject)                                                             \
    int main(int argc, char *argv[]) {                                                                       \
        testsupport::isolateNetwork();                                                                       \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
