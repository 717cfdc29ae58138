public enum PromQLTestPlaceholder {}
