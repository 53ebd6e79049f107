/**
 */
package io.medreason.dataset.model.impl;

import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.JsonLayout;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Json Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#isByteOrderMark <em>Byte Order Mark</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getHead <em>Head</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getRecordSeparator <em>Record Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getTail <em>Tail</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getFieldIndent <em>Field Indent</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getFieldSeparator <em>Field Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getCloseIndent <em>Close Indent</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#getKeySeparator <em>Key Separator</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#isEscapeNonAscii <em>Escape Non Ascii</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#isEscapeSlash <em>Escape Slash</em>}</li>
 *   <li>{@link io.medreason.dataset.model.impl.JsonLayoutImpl#isUpperCaseHex <em>Upper Case Hex</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JsonLayoutImpl extends MinimalEObjectImpl.Container implements JsonLayout {
	/**
	 * The default value of the '{@link #isByteOrderMark() <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isByteOrderMark()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BYTE_ORDER_MARK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isByteOrderMark() <em>Byte Order Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isByteOrderMark()
	 * @generated
	 * @ordered
	 */
	protected boolean byteOrderMark = BYTE_ORDER_MARK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected String head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordSeparator() <em>Record Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordSeparator()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_SEPARATOR_EDEFAULT = "\n";

	/**
	 * The cached value of the '{@link #getRecordSeparator() <em>Record Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordSeparator()
	 * @generated
	 * @ordered
	 */
	protected String recordSeparator = RECORD_SEPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTail() <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTail()
	 * @generated
	 * @ordered
	 */
	protected static final String TAIL_EDEFAULT = "\n";

	/**
	 * The cached value of the '{@link #getTail() <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTail()
	 * @generated
	 * @ordered
	 */
	protected String tail = TAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldIndent() <em>Field Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldIndent()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_INDENT_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getFieldIndent() <em>Field Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldIndent()
	 * @generated
	 * @ordered
	 */
	protected String fieldIndent = FIELD_INDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldSeparator() <em>Field Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldSeparator()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_SEPARATOR_EDEFAULT = ", ";

	/**
	 * The cached value of the '{@link #getFieldSeparator() <em>Field Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldSeparator()
	 * @generated
	 * @ordered
	 */
	protected String fieldSeparator = FIELD_SEPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloseIndent() <em>Close Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseIndent()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSE_INDENT_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getCloseIndent() <em>Close Indent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseIndent()
	 * @generated
	 * @ordered
	 */
	protected String closeIndent = CLOSE_INDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeySeparator() <em>Key Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeySeparator()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_SEPARATOR_EDEFAULT = ": ";

	/**
	 * The cached value of the '{@link #getKeySeparator() <em>Key Separator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeySeparator()
	 * @generated
	 * @ordered
	 */
	protected String keySeparator = KEY_SEPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isEscapeNonAscii() <em>Escape Non Ascii</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeNonAscii()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESCAPE_NON_ASCII_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEscapeNonAscii() <em>Escape Non Ascii</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeNonAscii()
	 * @generated
	 * @ordered
	 */
	protected boolean escapeNonAscii = ESCAPE_NON_ASCII_EDEFAULT;

	/**
	 * The default value of the '{@link #isEscapeSlash() <em>Escape Slash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeSlash()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESCAPE_SLASH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEscapeSlash() <em>Escape Slash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeSlash()
	 * @generated
	 * @ordered
	 */
	protected boolean escapeSlash = ESCAPE_SLASH_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpperCaseHex() <em>Upper Case Hex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpperCaseHex()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPPER_CASE_HEX_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpperCaseHex() <em>Upper Case Hex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpperCaseHex()
	 * @generated
	 * @ordered
	 */
	protected boolean upperCaseHex = UPPER_CASE_HEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JsonLayoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DatasetPackage.Literals.JSON_LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isByteOrderMark() {
		return byteOrderMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteOrderMark(boolean newByteOrderMark) {
		boolean oldByteOrderMark = byteOrderMark;
		byteOrderMark = newByteOrderMark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__BYTE_ORDER_MARK, oldByteOrderMark, byteOrderMark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(String newHead) {
		String oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordSeparator() {
		return recordSeparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordSeparator(String newRecordSeparator) {
		String oldRecordSeparator = recordSeparator;
		recordSeparator = newRecordSeparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__RECORD_SEPARATOR, oldRecordSeparator, recordSeparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTail() {
		return tail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTail(String newTail) {
		String oldTail = tail;
		tail = newTail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__TAIL, oldTail, tail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldIndent() {
		return fieldIndent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldIndent(String newFieldIndent) {
		String oldFieldIndent = fieldIndent;
		fieldIndent = newFieldIndent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__FIELD_INDENT, oldFieldIndent, fieldIndent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldSeparator() {
		return fieldSeparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldSeparator(String newFieldSeparator) {
		String oldFieldSeparator = fieldSeparator;
		fieldSeparator = newFieldSeparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__FIELD_SEPARATOR, oldFieldSeparator, fieldSeparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCloseIndent() {
		return closeIndent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloseIndent(String newCloseIndent) {
		String oldCloseIndent = closeIndent;
		closeIndent = newCloseIndent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__CLOSE_INDENT, oldCloseIndent, closeIndent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeySeparator() {
		return keySeparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeySeparator(String newKeySeparator) {
		String oldKeySeparator = keySeparator;
		keySeparator = newKeySeparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__KEY_SEPARATOR, oldKeySeparator, keySeparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEscapeNonAscii() {
		return escapeNonAscii;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscapeNonAscii(boolean newEscapeNonAscii) {
		boolean oldEscapeNonAscii = escapeNonAscii;
		escapeNonAscii = newEscapeNonAscii;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__ESCAPE_NON_ASCII, oldEscapeNonAscii, escapeNonAscii));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEscapeSlash() {
		return escapeSlash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscapeSlash(boolean newEscapeSlash) {
		boolean oldEscapeSlash = escapeSlash;
		escapeSlash = newEscapeSlash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__ESCAPE_SLASH, oldEscapeSlash, escapeSlash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpperCaseHex() {
		return upperCaseHex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpperCaseHex(boolean newUpperCaseHex) {
		boolean oldUpperCaseHex = upperCaseHex;
		upperCaseHex = newUpperCaseHex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DatasetPackage.JSON_LAYOUT__UPPER_CASE_HEX, oldUpperCaseHex, upperCaseHex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DatasetPackage.JSON_LAYOUT__BYTE_ORDER_MARK:
				return isByteOrderMark();
			case DatasetPackage.JSON_LAYOUT__HEAD:
				return getHead();
			case DatasetPackage.JSON_LAYOUT__RECORD_SEPARATOR:
				return getRecordSeparator();
			case DatasetPackage.JSON_LAYOUT__TAIL:
				return getTail();
			case DatasetPackage.JSON_LAYOUT__FIELD_INDENT:
				return getFieldIndent();
			case DatasetPackage.JSON_LAYOUT__FIELD_SEPARATOR:
				return getFieldSeparator();
			case DatasetPackage.JSON_LAYOUT__CLOSE_INDENT:
				return getCloseIndent();
			case DatasetPackage.JSON_LAYOUT__KEY_SEPARATOR:
				return getKeySeparator();
			case DatasetPackage.JSON_LAYOUT__ESCAPE_NON_ASCII:
				return isEscapeNonAscii();
			case DatasetPackage.JSON_LAYOUT__ESCAPE_SLASH:
				return isEscapeSlash();
			case DatasetPackage.JSON_LAYOUT__UPPER_CASE_HEX:
				return isUpperCaseHex();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DatasetPackage.JSON_LAYOUT__BYTE_ORDER_MARK:
				setByteOrderMark((Boolean)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__HEAD:
				setHead((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__RECORD_SEPARATOR:
				setRecordSeparator((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__TAIL:
				setTail((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__FIELD_INDENT:
				setFieldIndent((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__FIELD_SEPARATOR:
				setFieldSeparator((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__CLOSE_INDENT:
				setCloseIndent((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__KEY_SEPARATOR:
				setKeySeparator((String)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__ESCAPE_NON_ASCII:
				setEscapeNonAscii((Boolean)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__ESCAPE_SLASH:
				setEscapeSlash((Boolean)newValue);
				return;
			case DatasetPackage.JSON_LAYOUT__UPPER_CASE_HEX:
				setUpperCaseHex((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DatasetPackage.JSON_LAYOUT__BYTE_ORDER_MARK:
				setByteOrderMark(BYTE_ORDER_MARK_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__RECORD_SEPARATOR:
				setRecordSeparator(RECORD_SEPARATOR_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__TAIL:
				setTail(TAIL_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__FIELD_INDENT:
				setFieldIndent(FIELD_INDENT_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__FIELD_SEPARATOR:
				setFieldSeparator(FIELD_SEPARATOR_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__CLOSE_INDENT:
				setCloseIndent(CLOSE_INDENT_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__KEY_SEPARATOR:
				setKeySeparator(KEY_SEPARATOR_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__ESCAPE_NON_ASCII:
				setEscapeNonAscii(ESCAPE_NON_ASCII_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__ESCAPE_SLASH:
				setEscapeSlash(ESCAPE_SLASH_EDEFAULT);
				return;
			case DatasetPackage.JSON_LAYOUT__UPPER_CASE_HEX:
				setUpperCaseHex(UPPER_CASE_HEX_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DatasetPackage.JSON_LAYOUT__BYTE_ORDER_MARK:
				return byteOrderMark != BYTE_ORDER_MARK_EDEFAULT;
			case DatasetPackage.JSON_LAYOUT__HEAD:
				return HEAD_EDEFAULT == null ? head != null : !HEAD_EDEFAULT.equals(head);
			case DatasetPackage.JSON_LAYOUT__RECORD_SEPARATOR:
				return RECORD_SEPARATOR_EDEFAULT == null ? recordSeparator != null : !RECORD_SEPARATOR_EDEFAULT.equals(recordSeparator);
			case DatasetPackage.JSON_LAYOUT__TAIL:
				return TAIL_EDEFAULT == null ? tail != null : !TAIL_EDEFAULT.equals(tail);
			case DatasetPackage.JSON_LAYOUT__FIELD_INDENT:
				return FIELD_INDENT_EDEFAULT == null ? fieldIndent != null : !FIELD_INDENT_EDEFAULT.equals(fieldIndent);
			case DatasetPackage.JSON_LAYOUT__FIELD_SEPARATOR:
				return FIELD_SEPARATOR_EDEFAULT == null ? fieldSeparator != null : !FIELD_SEPARATOR_EDEFAULT.equals(fieldSeparator);
			case DatasetPackage.JSON_LAYOUT__CLOSE_INDENT:
				return CLOSE_INDENT_EDEFAULT == null ? closeIndent != null : !CLOSE_INDENT_EDEFAULT.equals(closeIndent);
			case DatasetPackage.JSON_LAYOUT__KEY_SEPARATOR:
				return KEY_SEPARATOR_EDEFAULT == null ? keySeparator != null : !KEY_SEPARATOR_EDEFAULT.equals(keySeparator);
			case DatasetPackage.JSON_LAYOUT__ESCAPE_NON_ASCII:
				return escapeNonAscii != ESCAPE_NON_ASCII_EDEFAULT;
			case DatasetPackage.JSON_LAYOUT__ESCAPE_SLASH:
				return escapeSlash != ESCAPE_SLASH_EDEFAULT;
			case DatasetPackage.JSON_LAYOUT__UPPER_CASE_HEX:
				return upperCaseHex != UPPER_CASE_HEX_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (byteOrderMark: ");
		result.append(byteOrderMark);
		result.append(", head: ");
		result.append(head);
		result.append(", recordSeparator: ");
		result.append(recordSeparator);
		result.append(", tail: ");
		result.append(tail);
		result.append(", fieldIndent: ");
		result.append(fieldIndent);
		result.append(", fieldSeparator: ");
		result.append(fieldSeparator);
		result.append(", closeIndent: ");
		result.append(closeIndent);
		result.append(", keySeparator: ");
		result.append(keySeparator);
		result.append(", escapeNonAscii: ");
		result.append(escapeNonAscii);
		result.append(", escapeSlash: ");
		result.append(escapeSlash);
		result.append(", upperCaseHex: ");
		result.append(upperCaseHex);
		result.append(')');
		return result.toString();
	}

} //JsonLayoutImpl
