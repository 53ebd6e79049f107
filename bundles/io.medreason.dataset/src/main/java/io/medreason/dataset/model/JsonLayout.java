/**
 */
package io.medreason.dataset.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Json Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a file was written, as literal text between tokens, so that it can be written back byte for byte.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#isByteOrderMark <em>Byte Order Mark</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getHead <em>Head</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getRecordSeparator <em>Record Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getTail <em>Tail</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getFieldIndent <em>Field Indent</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getFieldSeparator <em>Field Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getCloseIndent <em>Close Indent</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#getKeySeparator <em>Key Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#isEscapeNonAscii <em>Escape Non Ascii</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#isEscapeSlash <em>Escape Slash</em>}</li>
 *   <li>{@link io.medreason.dataset.model.JsonLayout#isUpperCaseHex <em>Upper Case Hex</em>}</li>
 * </ul>
 *
 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout()
 * @model
 * @generated
 */
public interface JsonLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Byte Order Mark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file began with a UTF-8 byte order mark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Byte Order Mark</em>' attribute.
	 * @see #setByteOrderMark(boolean)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_ByteOrderMark()
	 * @model
	 * @generated
	 */
	boolean isByteOrderMark();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#isByteOrderMark <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Order Mark</em>' attribute.
	 * @see #isByteOrderMark()
	 * @generated
	 */
	void setByteOrderMark(boolean value);

	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text before the first record, e.g. "[\n  ".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_Head()
	 * @model default=""
	 * @generated
	 */
	String getHead();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(String value);

	/**
	 * Returns the value of the '<em><b>Record Separator</b></em>' attribute.
	 * The default value is <code>"\n"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text between two records, e.g. ",\n  " in an array or "\n" in JSON Lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Separator</em>' attribute.
	 * @see #setRecordSeparator(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_RecordSeparator()
	 * @model default="\n"
	 * @generated
	 */
	String getRecordSeparator();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getRecordSeparator <em>Record Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Separator</em>' attribute.
	 * @see #getRecordSeparator()
	 * @generated
	 */
	void setRecordSeparator(String value);

	/**
	 * Returns the value of the '<em><b>Tail</b></em>' attribute.
	 * The default value is <code>"\n"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text after the last record, e.g. "\n]".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tail</em>' attribute.
	 * @see #setTail(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_Tail()
	 * @model default="\n"
	 * @generated
	 */
	String getTail();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getTail <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tail</em>' attribute.
	 * @see #getTail()
	 * @generated
	 */
	void setTail(String value);

	/**
	 * Returns the value of the '<em><b>Field Indent</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text between a record's '{' and its first key, e.g. "\n    ".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Indent</em>' attribute.
	 * @see #setFieldIndent(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_FieldIndent()
	 * @model default=""
	 * @generated
	 */
	String getFieldIndent();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getFieldIndent <em>Field Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Indent</em>' attribute.
	 * @see #getFieldIndent()
	 * @generated
	 */
	void setFieldIndent(String value);

	/**
	 * Returns the value of the '<em><b>Field Separator</b></em>' attribute.
	 * The default value is <code>", "</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text between a value and the next key, e.g. ",\n    " or ", ".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Separator</em>' attribute.
	 * @see #setFieldSeparator(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_FieldSeparator()
	 * @model default=", "
	 * @generated
	 */
	String getFieldSeparator();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getFieldSeparator <em>Field Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Separator</em>' attribute.
	 * @see #getFieldSeparator()
	 * @generated
	 */
	void setFieldSeparator(String value);

	/**
	 * Returns the value of the '<em><b>Close Indent</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text between a record's last value and its '}', e.g. "\n  ".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Close Indent</em>' attribute.
	 * @see #setCloseIndent(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_CloseIndent()
	 * @model default=""
	 * @generated
	 */
	String getCloseIndent();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getCloseIndent <em>Close Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Close Indent</em>' attribute.
	 * @see #getCloseIndent()
	 * @generated
	 */
	void setCloseIndent(String value);

	/**
	 * Returns the value of the '<em><b>Key Separator</b></em>' attribute.
	 * The default value is <code>": "</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text between a key and its value, e.g. ": " or ":".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Separator</em>' attribute.
	 * @see #setKeySeparator(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_KeySeparator()
	 * @model default=": "
	 * @generated
	 */
	String getKeySeparator();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#getKeySeparator <em>Key Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Separator</em>' attribute.
	 * @see #getKeySeparator()
	 * @generated
	 */
	void setKeySeparator(String value);

	/**
	 * Returns the value of the '<em><b>Escape Non Ascii</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Non-ASCII characters were written as backslash-u escapes (Python's default ensure_ascii=True).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escape Non Ascii</em>' attribute.
	 * @see #setEscapeNonAscii(boolean)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_EscapeNonAscii()
	 * @model
	 * @generated
	 */
	boolean isEscapeNonAscii();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#isEscapeNonAscii <em>Escape Non Ascii</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escape Non Ascii</em>' attribute.
	 * @see #isEscapeNonAscii()
	 * @generated
	 */
	void setEscapeNonAscii(boolean value);

	/**
	 * Returns the value of the '<em><b>Escape Slash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * '/' was written as \/ (pandas).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escape Slash</em>' attribute.
	 * @see #setEscapeSlash(boolean)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_EscapeSlash()
	 * @model
	 * @generated
	 */
	boolean isEscapeSlash();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#isEscapeSlash <em>Escape Slash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escape Slash</em>' attribute.
	 * @see #isEscapeSlash()
	 * @generated
	 */
	void setEscapeSlash(boolean value);

	/**
	 * Returns the value of the '<em><b>Upper Case Hex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * backslash-u escapes used upper-case hexadecimal digits (Jackson, Gson) rather than lower-case (Python, JavaScript).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper Case Hex</em>' attribute.
	 * @see #setUpperCaseHex(boolean)
	 * @see io.medreason.dataset.model.DatasetPackage#getJsonLayout_UpperCaseHex()
	 * @model
	 * @generated
	 */
	boolean isUpperCaseHex();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.JsonLayout#isUpperCaseHex <em>Upper Case Hex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Case Hex</em>' attribute.
	 * @see #isUpperCaseHex()
	 * @generated
	 */
	void setUpperCaseHex(boolean value);

} // JsonLayout
