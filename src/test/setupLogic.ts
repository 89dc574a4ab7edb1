// Setup of the pure-logic tests (the `logic` Vitest project): plain Node, no DOM and no mock backend
// (loading its handlers costs about a second a file on the 2-core CI machine). They still fail on
// console output. A call to the network here fails: such a test belongs in the `app` project.
import { failOnConsoleOutput } from "./consoleGuard";

failOnConsoleOutput();
