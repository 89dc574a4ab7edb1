import { Alert } from "@mantine/core";
import { Component, type ReactNode } from "react";

interface State {
  error?: Error;
}

/** Last line of defence: a specification that breaks rendering shows a message, not a blank page. */
export class FormErrorBoundary extends Component<{ children: ReactNode; resetKey: unknown }, State> {
  state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidUpdate(prev: { resetKey: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  render() {
    if (this.state.error) {
      return (
        <Alert
          color="red"
          title="This connector specification could not be rendered"
          role="alert"
          variant="light"
          style={{ overflowWrap: "anywhere" }}
        >
          {this.state.error.message.slice(0, 500)}
        </Alert>
      );
    }
    return this.props.children;
  }
}
