# Review: drafted without a native speaker; please check before relying on it.
### SpeakUp: professional-answers

