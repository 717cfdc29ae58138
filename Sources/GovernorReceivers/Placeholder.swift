enum ReceiversPlaceholder {}
