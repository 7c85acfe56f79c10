//! What a column name promises about the table it points at: `customer_id`
//! → `customers`, and for the Brazilian and Latin-American schemas our users
//! write, `implantacao_id` → `implantacoes`, `papel_id` → `papeis` (or
//! `papeles`), `item_id` → `itens`, `ciudad_id` → `ciudades`, `rol_id` →
//! `roles`. ORMs prefix tables with their application (`app_author` for a
//! Django model's `author_id`). Used by the rules that infer a relationship
//! nobody declared (missing foreign keys, the parent of an N+1 loop), so
//! that they agree on it.

/// The stem a `<stem>_id` (or `id_<stem>`, `<stem>id`) column names.
pub(crate) fn stem_of(column: &str) -> Option<&str> {
    let c = column;
    let stem = c
        .strip_suffix("_id")
        .or_else(|| c.strip_prefix("id_"))
        .or_else(|| c.strip_suffix("_fk"))
        // camelCase (Sequelize, TypeORM, Prisma): `taskId` → `task`.
        .or_else(|| {
            c.strip_suffix("Id")
                .filter(|s| s.chars().last().is_some_and(|l| l.is_ascii_lowercase()))
        })?;
    (!stem.is_empty()).then_some(stem)
}

/// Plural forms of `stem` in English, Portuguese and Spanish, the stem itself first.
pub(crate) fn plurals(stem: &str) -> Vec<String> {
    let mut v = vec![stem.to_owned(), format!("{stem}s"), format!("{stem}es")];
    let mut push = |s: String| {
        if !v.contains(&s) {
            v.push(s);
        }
    };
    if let Some(b) = stem.strip_suffix('y') {
        push(format!("{b}ies"));
    }
    // pt: ação → ações (written without accents in identifiers: acao → acoes),
    // pão → pães, mão → mãos.
    if let Some(b) = stem.strip_suffix("ao") {
        push(format!("{b}oes"));
        push(format!("{b}aes"));
    }
    if let Some(b) = stem.strip_suffix("ão") {
        push(format!("{b}ões"));
        push(format!("{b}ães"));
    }
    // pt: papel → papeis, animal → animais, anzol → anzois, azul → azuis, funil → funis.
    for (sing, plur) in [
        ("el", "eis"),
        ("al", "ais"),
        ("ol", "ois"),
        ("ul", "uis"),
        ("il", "is"),
    ] {
        if let Some(b) = stem.strip_suffix(sing) {
            push(format!("{b}{plur}"));
        }
    }
    // pt: item → itens, homem → homens.
    if let Some(b) = stem.strip_suffix('m') {
        push(format!("{b}ns"));
    }
    // es: luz → luces; pt/es: mes → meses (already `{stem}es`).
    if let Some(b) = stem.strip_suffix('z') {
        push(format!("{b}ces"));
    }
    // en: person → people is the one irregular plural ORMs commonly meet.
    if stem == "person" {
        push("people".to_owned());
    }
    v
}

/// Whether `table` is what a `<stem>_id` column points at: a plural (or the
/// stem itself), possibly behind an application prefix (`app_author`).
pub(crate) fn table_named_by(stem: &str, table: &str) -> bool {
    TableNames::of(stem).name(table)
}

/// The table names one stem stands for, built once to test many tables.
pub(crate) struct TableNames {
    forms: Vec<String>,
}

impl TableNames {
    pub(crate) fn of(stem: &str) -> Self {
        Self {
            forms: plurals(&stem.to_lowercase()),
        }
    }

    /// `table` is one of the forms, or one behind an application prefix.
    pub(crate) fn name(&self, table: &str) -> bool {
        // Quoted names keep their case (`"Tasks"` for `taskId`).
        let table = table.to_lowercase();
        self.forms.iter().any(|f| {
            table == *f
                || table
                    .strip_suffix(f.as_str())
                    .is_some_and(|p| p.ends_with('_') && p.len() > 1)
        })
    }

    /// `table` is one of the forms itself, with no prefix.
    pub(crate) fn exactly(&self, table: &str) -> bool {
        self.forms.contains(&table.to_lowercase())
    }
}

// The catalog holds plain data; what a column name means is this module's.
impl crate::catalog::Table {
    /// Whether `column` is a polymorphic reference: beside it, a column
    /// says which table it points at (Rails' `commentable_type`, Django's
    /// `content_type_id`, a `tabela`/`tabla` discriminator). Joined to one
    /// table for one kind of row, it fits no single foreign key.
    pub fn is_polymorphic_reference(&self, column: &str) -> bool {
        let stem = stem_of(column).unwrap_or(column);
        let typed = [
            format!("{stem}_type"),
            format!("{stem}_tipo"),
            format!("tipo_{stem}"),
            format!("{stem}_table"),
            format!("{stem}_tabela"),
            format!("{stem}_tabla"),
        ];
        const DISCRIMINATORS: &[&str] = &[
            "tabela",
            "tabla",
            "table_name",
            "entity_type",
            "entidade",
            "tipo_entidade",
            "entidad",
            "object_type",
            "target_type",
            "resource_type",
            "content_type_id",
            "model",
        ];
        self.columns
            .iter()
            .any(|c| typed.contains(&c.name) || DISCRIMINATORS.contains(&c.name.as_str()))
    }
}

#[cfg(test)]
/// Whether `column` names `table` (`customer_id` → `customers`, `app_customer`).
pub(crate) fn column_names_table(column: &str, table: &str) -> bool {
    stem_of(column).is_some_and(|s| table_named_by(s, table))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_of_three_languages() {
        for (col, table) in [
            ("customer_id", "customers"),
            ("category_id", "categories"),
            ("box_id", "boxes"),
            ("implantacao_id", "implantacoes"),
            ("acao_id", "acoes"),
            ("papel_id", "papeis"),
            ("papel_id", "papeles"),
            ("item_id", "itens"),
            ("ciudad_id", "ciudades"),
            ("rol_id", "roles"),
            ("factura_id", "facturas"),
            ("pedido_id", "pedidos"),
            ("author_id", "app_author"),
            ("author_id", "app_authors"),
            ("id_cliente", "clientes"),
            ("person_id", "people"),
            ("taskId", "Tasks"),
            ("projectId", "Projects"),
            ("categoryId", "Categories"),
        ] {
            assert!(column_names_table(col, table), "{col} -> {table}");
        }
        for (col, table) in [
            ("customer_id", "custom"),
            ("order_id", "borders"),
            ("item_id", "items_archive"),
            ("status", "status"),
            ("papel_id", "_papeis"),
            ("tid", "ts"),
            ("ID", "s"),
        ] {
            assert!(!column_names_table(col, table), "{col} !-> {table}");
        }
    }
}
