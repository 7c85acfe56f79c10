//! Which schemas are tenant schemas, and the family each was folded into
//! (`tenant_42` → `tenant_*`): the tenant pattern the workload was read
//! with, or the layout detection found. The resolver, the schema graph and
//! the rules ask here so that they agree with how queries were folded — a
//! custom `tenant_pattern` or detected schemas (`acme`, `globex`) included.
use super::fingerprint::TenantPattern;
use super::tenants::DETECTED_LABEL;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy)]
pub struct Tenancy<'a> {
    pub pattern: &'a TenantPattern,
    pub detected: &'a BTreeSet<String>,
}

impl Tenancy<'_> {
    /// The label `schema`'s queries were folded under, if it is a tenant schema.
    pub fn family(&self, schema: &str) -> Option<String> {
        if self.detected.contains(schema) {
            return Some(DETECTED_LABEL.to_owned());
        }
        self.pattern.family(schema)
    }

    /// `tenant_*` for a tenant schema, else the schema itself.
    pub fn label(&self, schema: &str) -> String {
        self.family(schema).unwrap_or_else(|| schema.to_owned())
    }

    /// Whether `schema` is one of the schemas a name folded to `family` stands for.
    pub fn in_family(&self, schema: &str, family: &str) -> bool {
        self.family(schema).as_deref() == Some(family)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_follow_the_pattern_and_the_detected_layout() {
        let custom = TenantPattern::new(Some("^t[0-9]+$")).unwrap();
        let detected: BTreeSet<String> = ["acme".to_owned(), "globex".to_owned()].into();
        let t = Tenancy {
            pattern: &custom,
            detected: &detected,
        };
        assert_eq!(t.family("t7").as_deref(), Some("t*"));
        assert!(t.in_family("t12", "t*"));
        assert!(!t.in_family("transactions", "t*"));
        assert!(t.in_family("acme", "tenant_*"));
        assert_eq!(
            t.label("tenant_3"),
            "tenant_3",
            "not a tenant under ^t[0-9]+$"
        );
        assert_eq!(t.label("public"), "public");
        let default = TenantPattern::default();
        let none = BTreeSet::new();
        let d = Tenancy {
            pattern: &default,
            detected: &none,
        };
        assert_eq!(d.label("tenant_3"), "tenant_*");
        assert!(!d.in_family("acme", "tenant_*"));
    }
}
